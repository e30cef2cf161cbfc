package org.dlc.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * The public REST API as the tools use it. Base URL from {@code DLC_URL} (default http://localhost:8080/dlc);
 * credentials, when the server asks for them, from {@code DLC_USER} and {@code DLC_PASSWORD}; for an HTTPS server
 * whose certificate a public CA did not sign, {@code DLC_CA_FILE} names the PEM file to trust instead.
 */
public final class DlcClient {

    public record Reply(int status, String body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public Reply expectOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " failed: HTTP " + status + " " + body.strip());
            }
            return this;
        }
    }

    private final HttpClient http;
    private final String base;
    private final String authorization;

    /** Trusts what the JVM trusts (its default SSL context). */
    public DlcClient(String base, String user, String password) {
        this(base, user, password, HttpClient.newBuilder());
    }

    private DlcClient(String base, String user, String password, HttpClient.Builder http) {
        this.http = http.connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    public static DlcClient fromEnvironment() {
        HttpClient.Builder http = HttpClient.newBuilder();
        String caFile = System.getenv("DLC_CA_FILE");
        if (caFile != null && !caFile.isBlank()) {
            http.sslContext(CaFile.sslContext(Path.of(caFile)));
        }
        return new DlcClient(System.getenv().getOrDefault("DLC_URL", "http://localhost:8080/dlc"),
                System.getenv("DLC_USER"), System.getenv("DLC_PASSWORD"), http);
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
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
