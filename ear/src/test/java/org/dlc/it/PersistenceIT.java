package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The stack really persists: across requests, not on failure, across restarts and crashes. */
class PersistenceIT extends ServerTest {

    @Test
    void an_extension_written_in_one_request_is_read_back_in_another() {
        Api.Reply created = Api.post("/api/extensions", "{\"directoryNumber\":\"4101\",\"lim\":7,\"csp\":3}");
        assertEquals(201, created.status(), created.body());

        JsonObject read = Api.get("/api/extensions/4101").json();
        assertEquals("4101", read.getString("directoryNumber"));
        assertEquals(7, read.getInt("lim"));
        assertEquals("SIP", read.getString("terminalType"));
        assertEquals(false, read.getBoolean("thirdPartyClient"));
    }

    @Test
    void a_transaction_that_fails_leaves_nothing_behind() {
        Licenses.leaveFree(0);
        int usedBefore = Api.get("/api/license").json().getInt("used");

        // The extension row is inserted first, then the seizure fails: the whole transaction rolls back.
        Api.Reply refused = Api.post("/api/extensions",
                "{\"directoryNumber\":\"4102\",\"thirdPartyClient\":true}");

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("allowed " + usedBefore + ", used " + usedBefore),
                refused.body());
        assertEquals(404, Api.get("/api/extensions/4102").status());
        assertEquals(usedBefore, Api.get("/api/license").json().getInt("used"));
    }

    @Test
    void data_written_before_a_restart_is_there_after_it() {
        assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"4103\",\"lim\":2}").status());
        Server.restart();
        assertEquals(2, Api.get("/api/extensions/4103").json().getInt("lim"));

        assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"4104\",\"lim\":3}").status());
        Server.crashAndStart();
        assertEquals(3, Api.get("/api/extensions/4104").json().getInt("lim"));
    }
}
