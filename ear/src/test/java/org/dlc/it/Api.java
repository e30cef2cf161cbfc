package org.dlc.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * A black-box HTTP client for the server under test. Requests carry HTTP Basic credentials: the administrator's
 * ({@link Users#ADMIN}) unless {@link #as}, {@link #withToken} or {@link #anonymously} say otherwise.
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ThreadLocal<String[]> CREDENTIALS = new ThreadLocal<>();
    private static final ThreadLocal<String> BASE = new ThreadLocal<>();
    private static final String[] NONE = new String[0];

    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readArray();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private Api() {
    }

    /** Runs the calls in {@code calls} as this user. */
    public static <T> T as(String user, String password, Supplier<T> calls) {
        return with(new String[] {user, password}, calls);
    }

    /** Runs the calls in {@code calls} with a person's API token ({@code Authorization: Bearer}). */
    public static <T> T withToken(String token, Supplier<T> calls) {
        return with(new String[] {token}, calls);
    }

    /** Runs the calls in {@code calls} without credentials. */
    public static <T> T anonymously(Supplier<T> calls) {
        return with(NONE, calls);
    }

    /** Runs the calls in {@code calls} against another server's application, e.g. one node of a cluster. */
    public static <T> T at(String base, Supplier<T> calls) {
        String before = BASE.get();
        BASE.set(base);
        try {
            return calls.get();
        } finally {
            BASE.set(before);
        }
    }

    private static <T> T with(String[] credentials, Supplier<T> calls) {
        String[] before = CREDENTIALS.get();
        CREDENTIALS.set(credentials);
        try {
            return calls.get();
        } finally {
            CREDENTIALS.set(before);
        }
    }

    public static Reply get(String path) {
        return send(request(path).GET());
    }

    public static Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** A GET outside the application's context root (a server-level endpoint such as /openapi). */
    public static Reply getFromServer(String path, String accept) {
        return send(request(URI.create(Server.ORIGIN + path)).header("Accept", accept).GET());
    }

    /** A POST whose body is streamed in chunks, without a Content-Length. */
    public static Reply postChunked(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content))));
    }

    public static Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    /** A JSON POST whose answer is asked for in another type (such as text/csv). */
    public static Reply postAccepting(String path, String accept, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", accept).POST(body(json)));
    }

    public static Reply patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", body(json)));
    }

    public static Reply put(String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType).PUT(body(content)));
    }

    public static Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** One MX-ONE command line, as mdsh sends it. */
    public static Reply command(String line) {
        return send(request("/api/commands").header("Content-Type", "text/plain").POST(body(line)));
    }

    private static HttpRequest.BodyPublisher body(String s) {
        return HttpRequest.BodyPublishers.ofString(s);
    }

    private static HttpRequest.Builder request(String path) {
        String base = BASE.get();
        return request(URI.create((base == null ? Server.BASE : base) + path));
    }

    private static HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
        String[] credentials = CREDENTIALS.get();
        if (credentials == null) {
            credentials = new String[] {Users.ADMIN, Users.adminPassword()};
        }
        if (credentials.length == 2) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials[0] + ":" + credentials[1]).getBytes(StandardCharsets.UTF_8)));
        } else if (credentials.length == 1) {
            builder.header("Authorization", "Bearer " + credentials[0]);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
