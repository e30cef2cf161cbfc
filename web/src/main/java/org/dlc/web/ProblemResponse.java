package org.dlc.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Problem details written by servlet filters (outside JAX-RS), in the same form as {@link Problem}. */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void send(HttpServletResponse response, int status, String title, String detail, String field)
            throws IOException {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail);
        if (field != null) {
            body.add("field", field);
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.build().toString());
    }
}
