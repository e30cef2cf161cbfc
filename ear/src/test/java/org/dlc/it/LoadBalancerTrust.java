package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.dlc.tools.CaFile;

/**
 * Trust for a server whose certificate it generated itself at first start (the load balancer has no keystore
 * configured): look at the certificate once, as an operator exports it for the clients' CA file, then trust only
 * that one.
 */
final class LoadBalancerTrust {

    private LoadBalancerTrust() {
    }

    /** Accepts any certificate: only to look at one, never for requests that matter. */
    static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate the server at {@code origin} presents (its host name must be the certificate's). */
    static X509Certificate certificateOf(String origin) {
        HttpClient client = HttpClient.newBuilder().sslContext(trustAll()).build();
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(origin + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            SSLSession session = r.sslSession().orElseThrow();
            return (X509Certificate) session.getPeerCertificates()[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static SSLContext trusting(X509Certificate certificate) {
        try {
            return CaFile.trusting(List.of(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
