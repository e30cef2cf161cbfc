package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the server serves, and what the API publishes (only our resources). */
class ApiDocumentIT extends ServerTest {

    @Test
    void the_server_serves_an_openapi_document_of_the_api() {
        Api.Reply reply = Api.anonymously(() -> Api.getFromServer("/openapi", "application/json"));
        assertEquals(200, reply.status(), reply.body());
        JsonObject document = reply.json();
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertEquals("DECT License Control", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        for (String path : Set.of("/dlc/api/dect/access-rights", "/dlc/api/dect/location-registrations",
                "/dlc/api/commands", "/dlc/api/extensions/{dir}", "/dlc/api/license/file", "/dlc/api/transfer")) {
            assertTrue(paths.containsKey(path), path + " missing from " + paths.keySet());
        }
        assertTrue(paths.getJsonObject("/dlc/api/dect/location-registrations").containsKey("post"));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("LocationRegistrationRequest"),
                document.getJsonObject("components").getJsonObject("schemas").keySet().toString());
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/dlc/api/") && !p.contains("{version}")),
                "only our resources are published: " + paths.keySet());
    }

    @Test
    void no_persistence_provider_resource_is_published() {
        // EclipseLink's all-in-one jar carries JPA-RS resources; the product ships the JPA provider only.
        assertEquals(404, Api.get("/api/v2.0/dlc/metadata").status());
        assertEquals(404, Api.get("/api/v1.0/dlc/entity/Alarm/1").status());
    }

    @Test
    void an_oversized_body_is_refused_with_413_and_changes_nothing() {
        String padding = "x".repeat(70_000);
        Api.Reply reply = Api.post("/api/extensions",
                "{\"directoryNumber\":\"47110\",\"lim\":1,\"padding\":\"" + padding + "\"}");
        assertEquals(413, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("body", reply.json().getString("field"));
        assertEquals("body: at most 65536 bytes are accepted for this request", reply.json().getString("detail"));
        assertEquals(404, Api.get("/api/extensions/47110").status());
    }

    @Test
    void a_chunked_body_without_a_length_is_cut_at_the_limit_too() {
        byte[] body = ("{\"directoryNumber\":\"47111\",\"lim\":1,\"padding\":\"" + "x".repeat(70_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply reply = Api.postChunked("/api/extensions", "application/json", body);
        assertEquals(413, reply.status(), reply.body());
        assertEquals("body: at most 65536 bytes are accepted for this request", reply.json().getString("detail"));
        assertEquals(404, Api.get("/api/extensions/47111").status());
    }

    @Test
    void a_body_within_the_limit_is_read_as_before() {
        Api.Reply reply = Api.postChunked("/api/extensions", "application/json",
                "{\"directoryNumber\":\"47112\",\"lim\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reply.status(), reply.body());
        assertEquals(204, Api.delete("/api/extensions/47112").status());
        assertEquals(404, Api.get("/api/extensions/47112").status());
    }
}
