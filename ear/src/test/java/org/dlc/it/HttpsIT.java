package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every integration test speaks HTTPS to the server (Server.ORIGIN, the certificate from Tls); plain HTTP stays
 * for loopback (OutsideLoopbackIT refuses it from elsewhere). The session cookie is Secure on HTTPS only.
 */
class HttpsIT extends ServerTest {

    @Test
    void the_session_cookie_is_secure_over_https_and_not_over_loopback_http() throws Exception {
        assertTrue(Server.BASE.startsWith("https://"), Server.BASE);
        String https = sessionCookie(Server.BASE + "/index.xhtml");
        assertTrue(https.toLowerCase().contains("; secure"), https);
        assertTrue(https.contains("HttpOnly") && https.contains("SameSite=Strict"), https);
        String http = sessionCookie(Server.HTTP_ORIGIN + "/dlc/index.xhtml");
        assertFalse(http.toLowerCase().contains("secure"), http);
    }

    @Test
    void plain_http_serves_loopback() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Server.HTTP_ORIGIN + "/dlc/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static String sessionCookie(String page) throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError(page + " set no session cookie: " + r.headers()));
    }
}
