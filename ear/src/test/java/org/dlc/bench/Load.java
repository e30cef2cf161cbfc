package org.dlc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.dlc.it.Server;

/**
 * The bench's own requests outside the load (set-up, verification, the sequential alarm-to-trap figure, the paced
 * burst, the printouts): java.net.http.HttpClient over HTTPS. The load itself is wrk ({@link Wrk}).
 */
final class Load {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Load() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Server.BASE + path)).timeout(Duration.ofSeconds(120));
    }
}
