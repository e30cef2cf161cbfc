package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A person's API tokens on the real server: created (the text shown once), used as {@code Authorization: Bearer}
 * by the API, mdsh and the tools' client, with the person's role of the moment; revoked, they stop at the next
 * request; never listed, logged nor audited in clear.
 */
class TokenIT extends ServerTest {

    private static Api.Reply create(String label) {
        return Api.post("/api/users/me/tokens", "{\"label\":\"" + label + "\"}");
    }

    @Test
    void a_token_works_as_its_person_until_it_is_revoked_and_then_at_once_no_more() throws IOException {
        String password = Users.ready("tok-operator", "operator");
        Api.Reply created = Api.as("tok-operator", password, () -> create("nightly export"));
        assertEquals(201, created.status(), created.body());
        JsonObject token = created.json();
        String text = token.getString("token");
        String id = token.getString("id");
        assertTrue(text.startsWith("tok-operator~" + id + "."), text);
        assertEquals("nightly export", token.getString("label"));

        // The list shows what it is for, never the text.
        Api.Reply list = Api.as("tok-operator", password, () -> Api.get("/api/users/me/tokens"));
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(text.substring(text.indexOf('.') + 1)), list.body());
        JsonObject listed = list.jsonArray().getJsonObject(0);
        assertEquals(Set.of("id", "label", "createdAt"), listed.keySet());
        assertEquals(id, listed.getString("id"));

        // The token is the person: who am I, a read, a change (the API's changes need credentials on the request).
        JsonObject me = Api.withToken(text, () -> Api.get("/api/users/me")).json();
        assertEquals("tok-operator", me.getString("name"));
        assertEquals("operator", me.getString("role"));
        Api.Reply change = Api.withToken(text, () -> Api.command("extension -i -d 48801"));
        assertEquals(200, change.status(), change.body());
        assertEquals(200, Api.withToken(text, () -> Api.get("/api/extensions/48801")).status());
        String trail = Api.get("/api/audit?limit=10000", "text/csv").body();
        assertTrue(trail.contains("tok-operator~" + id), "the audit trail names the token that made the change");
        assertTrue(trail.contains("token.create"), trail);

        // Its person's role of the moment: demoted, the token can no longer change anything.
        assertEquals(200, Api.patch("/api/users/tok-operator", "{\"role\":\"read-only\"}").status());
        Api.Reply refused = Api.withToken(text, () -> Api.command("extension -e -d 48801"));
        assertEquals(403, refused.status(), refused.body());
        assertEquals(200, Api.patch("/api/users/tok-operator", "{\"role\":\"operator\"}").status());

        // mdsh and the tools' client read DLC_TOKEN.
        String printout = Commands.run(List.of(Server.PROJECT_DIR.resolve("mdsh").toString(), "extension", "-p",
                "-d", "48801"), Map.of("DLC_URL", Server.BASE, "DLC_TOKEN", text,
                "DLC_CA_FILE", Tls.CA_FILE.toAbsolutePath().toString()));
        assertTrue(printout.contains("48801"), printout);

        // Revoked: the next request is refused, and the text is nowhere in the log.
        assertEquals(204, Api.as("tok-operator", password, () -> Api.delete("/api/users/me/tokens/" + id)).status());
        assertEquals(401, Api.withToken(text, () -> Api.get("/api/users/me")).status());
        assertEquals(401, Api.withToken(text, () -> Api.command("extension -e -d 48801")).status());
        assertEquals("[]", Api.as("tok-operator", password, () -> Api.get("/api/users/me/tokens")).body());
        Api.Reply again = Api.as("tok-operator", password, () -> Api.delete("/api/users/me/tokens/" + id));
        assertEquals(404, again.status(), again.body());
        String secret = text.substring(text.indexOf('.') + 1);
        assertFalse(Files.readString(Server.LOG).contains(secret), "the token's secret is in " + Server.LOG);
        assertFalse(Api.get("/api/audit?limit=10000", "text/csv").body().contains(secret), "in the audit trail");
    }

    @Test
    void a_wrong_or_malformed_token_is_refused_and_nobody_revokes_anothers() {
        String password = Users.ready("tok-viewer", "read-only");
        String text = Api.as("tok-viewer", password, () -> create("reports")).json().getString("token");
        String id = text.substring(text.indexOf('~') + 1, text.indexOf('.'));
        String wrong = text.substring(0, text.length() - 2) + (text.endsWith("A") ? "BB" : "AA");
        for (String bad : List.of(wrong, "tok-viewer." + text.substring(text.indexOf('.') + 1), "not-a-token", "")) {
            Api.Reply r = Api.withToken(bad, () -> Api.get("/api/ping"));
            assertEquals(401, r.status(), bad + ": " + r.body());
        }
        // Another person's token: not found for me, and it keeps working.
        Api.Reply other = Api.delete("/api/users/me/tokens/" + id);
        assertEquals(404, other.status(), other.body());
        assertEquals(200, Api.withToken(text, () -> Api.get("/api/ping")).status());
        // The person deleted: the token stops with them.
        assertEquals(204, Api.delete("/api/users/tok-viewer").status());
        assertEquals(401, Api.withToken(text, () -> Api.get("/api/ping")).status());
    }

    @Test
    void a_label_is_required_and_bounded_and_nothing_is_created_without_one() {
        String password = Users.ready("tok-admin-label", "operator");
        for (String body : List.of("{\"label\":\"\"}", "{}", "{\"label\":\"" + "x".repeat(65) + "\"}")) {
            Api.Reply r = Api.as("tok-admin-label", password, () -> Api.post("/api/users/me/tokens", body));
            assertEquals(400, r.status(), r.body());
            assertEquals("label", r.json().getString("field"), r.body());
            assertTrue(r.json().getString("detail").contains("1..64"), r.body());
        }
        assertEquals("[]", Api.as("tok-admin-label", password, () -> Api.get("/api/users/me/tokens")).body());
        // The DECT controller has a secret of its own, and no tokens.
        Api.Reply dect = Api.post("/api/users", "{\"name\":\"tok-dect\",\"role\":\"dect-controller\"}");
        String secret = dect.json().getString("secret");
        Api.Reply refused = Api.as("tok-dect", secret, () -> create("x"));
        assertEquals(403, refused.status(), refused.body());
    }
}
