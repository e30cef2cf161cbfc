package org.dlc.tools;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A DECT handset as the air interface sees it: on-air subscription in its two steps, through the fixed
 * endpoints a DECT controller calls.
 */
public final class HandsetSimulator {

    /** What the system answered and what the handset would display. */
    public record Answer(String result, String display) {
        public boolean accepted() {
            return "ACCEPTED".equals(result);
        }
    }

    private final DlcClient client;

    public HandsetSimulator(DlcClient client) {
        this.client = client;
    }

    /** Step one: IPEI and authentication code, no model identity. */
    public Answer accessRights(String ipei, String authenticationCode) {
        String body = Json.createObjectBuilder().add("ipei", ipei).add("authenticationCode", authenticationCode)
                .build().toString();
        return answer(client.post("/api/dect/access-rights", body).expectOk("access rights for " + ipei));
    }

    /** Step two: location registration, with a model identity or (null, null) for a blank handset. */
    public Answer locationRegistration(String ipei, Integer manic, Integer modic) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("ipei", ipei);
        if (manic != null) {
            b.add("manic", manic);
        }
        if (modic != null) {
            b.add("modic", modic);
        }
        return answer(client.post("/api/dect/location-registrations", b.build().toString())
                .expectOk("location registration of " + ipei));
    }

    /** Both steps, as a handset does when it subscribes; stops after a refused first step. */
    public Answer subscribe(String ipei, String authenticationCode, Integer manic, Integer modic) {
        Answer access = accessRights(ipei, authenticationCode);
        return access.accepted() ? locationRegistration(ipei, manic, modic) : access;
    }

    private static Answer answer(DlcClient.Reply reply) {
        var json = reply.json();
        return new Answer(json.getString("result"), json.getString("display"));
    }
}
