package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The server keeps the identities it checks in memory (README, Security), and a change still takes effect at the
 * very next request: each change here is made after the old credential has been used (so that it is kept), and the
 * requests right after its answer, several of them and also from clients hammering the server meanwhile, must all
 * see the new state.
 */
class StopsAtOnceIT extends ServerTest {

    private static final int AGAIN = 5;
    private static final AtomicInteger NUMBERS = new AtomicInteger(49100);

    private static void times(int status, Supplier<Api.Reply> request, String what) {
        for (int i = 0; i < AGAIN; i++) {
            Api.Reply r = request.get();
            assertEquals(status, r.status(), what + ", request " + (i + 1) + ": " + r.body());
        }
    }

    private static String token(String person, String password) {
        Api.Reply created = Api.as(person, password, () -> Api.post("/api/users/me/tokens", "{\"label\":\"at once\"}"));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("token");
    }

    /** A change only an operator (or admin) may make: a new extension each time. */
    private static Api.Reply seize() {
        return Api.post("/api/extensions", "{\"directoryNumber\":\"" + NUMBERS.getAndIncrement() + "\"}");
    }

    /**
     * While {@code change} runs, clients keep sending {@code request}; @return the statuses of those sent after the
     * change had answered.
     */
    private static List<Integer> afterTheAnswer(Supplier<Api.Reply> request, Runnable change) throws InterruptedException {
        AtomicBoolean answered = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Integer> after = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    boolean sentAfter = answered.get();
                    int status = request.get().status();
                    if (sentAfter) {
                        after.add(status);
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        Thread.sleep(500);
        change.run();
        answered.set(true);
        Thread.sleep(1_000);
        stop.set(true);
        for (Thread t : clients) {
            t.join(30_000);
        }
        return List.copyOf(after);
    }

    @Test
    void a_revoked_token_is_refused_from_the_very_next_request_on() throws Exception {
        String password = Users.ready("soon-revoked", "operator");
        String text = token("soon-revoked", password);
        String id = text.substring(text.indexOf('~') + 1, text.indexOf('.'));
        times(200, () -> Api.withToken(text, () -> Api.get("/api/ping")), "before");

        List<Integer> after = afterTheAnswer(() -> Api.withToken(text, () -> Api.get("/api/ping")), () ->
                assertEquals(204, Api.as("soon-revoked", password, () -> Api.delete("/api/users/me/tokens/" + id)).status()));

        assertTrue(!after.isEmpty() && after.stream().allMatch(s -> s == 401), "after the revocation: " + after);
        times(401, () -> Api.withToken(text, () -> Api.get("/api/ping")), "revoked");
        times(200, () -> Api.as("soon-revoked", password, () -> Api.get("/api/ping")), "the person is unaffected");
    }

    @Test
    void a_demoted_person_and_their_tokens_lose_the_permission_at_once_and_regain_it_at_once() {
        String password = Users.ready("soon-demoted", "operator");
        String text = token("soon-demoted", password);
        times(201, () -> Api.as("soon-demoted", password, StopsAtOnceIT::seize), "operator");
        times(201, () -> Api.withToken(text, StopsAtOnceIT::seize), "operator's token");

        assertEquals(200, Api.patch("/api/users/soon-demoted", "{\"role\":\"read-only\"}").status());
        times(403, () -> Api.as("soon-demoted", password, StopsAtOnceIT::seize), "read-only");
        times(403, () -> Api.withToken(text, StopsAtOnceIT::seize), "read-only's token");
        times(200, () -> Api.withToken(text, () -> Api.get("/api/extensions?from=49100&to=49199")), "still reads");

        assertEquals(200, Api.patch("/api/users/soon-demoted", "{\"role\":\"operator\"}").status());
        times(201, () -> Api.withToken(text, StopsAtOnceIT::seize), "operator's token again");
        times(201, () -> Api.as("soon-demoted", password, StopsAtOnceIT::seize), "operator again");
    }

    @Test
    void after_a_password_reset_the_old_password_is_refused_and_the_new_one_must_be_changed_first() {
        String password = Users.ready("soon-reset", "read-only");
        times(200, () -> Api.as("soon-reset", password, () -> Api.get("/api/users/me")), "before");

        assertEquals(200, Api.patch("/api/users/soon-reset", "{\"password\":\"reset-by-admin\"}").status());
        times(401, () -> Api.as("soon-reset", password, () -> Api.get("/api/users/me")), "the old password");
        Api.Reply blocked = Api.as("soon-reset", "reset-by-admin", () -> Api.get("/api/users/me"));
        assertEquals(403, blocked.status(), "known, but must change it first: " + blocked.body());
        assertEquals("password", blocked.json().getString("field"));

        Api.Reply changed = Api.as("soon-reset", "reset-by-admin", () -> Api.put("/api/users/me/password",
                "application/json", "{\"currentPassword\":\"reset-by-admin\",\"password\":\"chosen-again-pw\"}"));
        assertEquals(200, changed.status(), changed.body());
        times(401, () -> Api.as("soon-reset", "reset-by-admin", () -> Api.get("/api/users/me")), "the reset password");
        times(200, () -> Api.as("soon-reset", "chosen-again-pw", () -> Api.get("/api/users/me")), "the chosen one");
    }

    @Test
    void a_dect_controllers_old_secret_is_refused_from_the_very_next_request_on() throws Exception {
        Api.Reply created = Api.post("/api/users", "{\"name\":\"soon-reissued\",\"role\":\"dect-controller\"}");
        assertEquals(201, created.status(), created.body());
        String old = created.json().getString("secret");
        times(200, () -> Api.as("soon-reissued", old, () -> Api.get("/api/ping")), "before");

        String[] next = new String[1];
        List<Integer> after = afterTheAnswer(() -> Api.as("soon-reissued", old, () -> Api.get("/api/ping")), () -> {
            Api.Reply issued = Api.post("/api/users/soon-reissued/secret", "");
            assertEquals(200, issued.status(), issued.body());
            next[0] = issued.json().getString("secret");
        });

        assertTrue(!after.isEmpty() && after.stream().allMatch(s -> s == 401), "after the new secret: " + after);
        times(401, () -> Api.as("soon-reissued", old, () -> Api.get("/api/ping")), "the old secret");
        times(200, () -> Api.as("soon-reissued", next[0], () -> Api.get("/api/ping")), "the new secret");
    }

    @Test
    void a_deleted_users_password_and_tokens_are_refused_at_once() {
        String password = Users.ready("soon-deleted", "operator");
        String text = token("soon-deleted", password);
        times(200, () -> Api.as("soon-deleted", password, () -> Api.get("/api/ping")), "password before");
        times(200, () -> Api.withToken(text, () -> Api.get("/api/ping")), "token before");

        assertEquals(204, Api.delete("/api/users/soon-deleted").status());
        times(401, () -> Api.as("soon-deleted", password, () -> Api.get("/api/ping")), "password after");
        times(401, () -> Api.withToken(text, () -> Api.get("/api/ping")), "token after");

        // A new user of the same name: known at once, with the new password only, and none of the old tokens.
        Api.Reply again = Api.post("/api/users",
                "{\"name\":\"soon-deleted\",\"role\":\"read-only\",\"password\":\"a-new-person-pw\"}");
        assertEquals(201, again.status(), again.body());
        times(401, () -> Api.as("soon-deleted", password, () -> Api.get("/api/ping")), "the old person's password");
        times(401, () -> Api.withToken(text, () -> Api.get("/api/ping")), "the old person's token");
        assertEquals(403, Api.as("soon-deleted", "a-new-person-pw", () -> Api.get("/api/ping")).status(),
                "the new person, who must change the password first");
    }
}
