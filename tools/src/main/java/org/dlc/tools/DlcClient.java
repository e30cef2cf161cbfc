package org.dlc.tools;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * The public REST API as the tools use it. Base URL from {@code DLC_URL} (default http://localhost:8080/dlc);
 * credentials from {@code DLC_TOKEN} (a person's API token, sent as {@code Bearer}), else, when the server asks for
 * them, from {@code DLC_USER} and {@code DLC_PASSWORD}; for an HTTPS server
 * whose certificate a public CA did not sign, {@code DLC_CA_FILE} names the PEM file to trust instead.
 */
public final class DlcClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An answer of the server; {@code user} is who asked (null: nobody), for the refusal's message. */
    public record Reply(int status, String body, String user) {

        public Reply(int status, String body) {
            this(status, body, null);
        }

        public boolean ok() {
            return status / 100 == 2;
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** @throws Failure naming {@code what} and why the server refused it, in one line */
        public Reply expectOk(String what) {
            if (!ok()) {
                throw new Failure(status, refusal(what, status, body, user));
            }
            return this;
        }
    }

    /**
     * A request the server refused or could not answer: the message is one line for a person (the tools print it
     * without a stack trace); {@code status} is the HTTP status, 0 when there was no answer.
     */
    public static final class Failure extends RuntimeException {

        private final int status;

        public Failure(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * Why the server refused {@code what}, in one line: the problem's {@code detail} (what exists, which permission,
     * which field) after what the status means; a 401 is always the credentials.
     */
    static String refusal(String what, int status, String body, String user) {
        String detail = detail(body);
        return switch (status) {
            case 401 -> what + ": wrong user or password" + (user == null ? " (no user given" : " (user " + user)
                    + "; set DLC_USER and DLC_PASSWORD)";
            case 403 -> what + ": refused for " + (user == null ? "this caller" : "user " + user)
                    + (detail.isEmpty() ? ": its role lacks the permission" : ": " + detail);
            case 409 -> what + " refused (conflict): " + (detail.isEmpty() ? "it exists already" : detail);
            default -> what + " failed: HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
        };
    }

    /** The problem's {@code detail}, else the body's first line; empty for an empty body; at most 300 characters. */
    static String detail(String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) {
            try {
                JsonObject problem = Json.createReader(new StringReader(text)).readObject();
                if (problem.get("detail") instanceof JsonString d) {
                    text = d.getString();
                }
            } catch (JsonException e) {
                // not JSON after all: its first line
            }
        }
        text = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** Why {@code url} could not be reached, in one line naming it. */
    static String unreachable(URI url, IOException e) {
        String reason = e instanceof HttpConnectTimeoutException ? "no connection within "
                + CONNECT_TIMEOUT.toSeconds() + " s"
                : e instanceof HttpTimeoutException ? "no answer within " + TIMEOUT.toSeconds() + " s"
                : e instanceof ConnectException ? "connection refused"
                : e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip().replaceAll("\\s+", " ");
        return "cannot reach the DLC server at " + url + ": " + reason + " (is it running? DLC_URL names it)";
    }

    private final HttpClient http;
    private final String base;
    private final String user;
    private final String authorization;

    /** Trusts what the JVM trusts (its default SSL context). */
    public DlcClient(String base, String user, String password) {
        this(base, user, password, HttpClient.newBuilder());
    }

    private DlcClient(String base, String user, String password, HttpClient.Builder http) {
        this(base, user, user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8)),
                http, true);
    }

    /** {@code authorization}: the header's value; {@code user}: who that is, for the refusals' messages. */
    private DlcClient(String base, String user, String authorization, HttpClient.Builder http, boolean header) {
        this.http = http.connectTimeout(CONNECT_TIMEOUT).build();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.user = user;
        this.authorization = authorization;
    }

    public static DlcClient fromEnvironment() {
        HttpClient.Builder http = HttpClient.newBuilder();
        String caFile = System.getenv("DLC_CA_FILE");
        if (caFile != null && !caFile.isBlank()) {
            http.sslContext(CaFile.sslContext(Path.of(caFile)));
        }
        String base = System.getenv().getOrDefault("DLC_URL", "http://localhost:8080/dlc");
        String token = System.getenv("DLC_TOKEN");
        if (token != null && !token.isBlank()) {
            String t = token.strip();
            int sep = t.indexOf('~');
            return new DlcClient(base, (sep > 0 ? t.substring(0, sep) : "?") + " (API token)", "Bearer " + t, http, true);
        }
        return new DlcClient(base, System.getenv("DLC_USER"), System.getenv("DLC_PASSWORD"), http);
    }

    public String base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", body(json)));
    }

    public Reply put(String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType).PUT(body(content)));
    }

    public Reply command(String line) {
        return send(request("/api/commands").header("Content-Type", "text/plain").POST(body(line)));
    }

    private static HttpRequest.BodyPublisher body(String s) {
        return HttpRequest.BodyPublishers.ofString(s);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /** @throws Failure (status 0) when the server cannot be reached */
    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), user);
        } catch (IOException e) {
            throw new Failure(0, unreachable(request.uri(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(0, "interrupted while waiting for " + request.uri());
        }
    }
}
