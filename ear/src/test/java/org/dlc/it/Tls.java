package org.dlc.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.dlc.tools.CaFile;

/**
 * The test servers' HTTPS certificate, as an operator would configure one: a PKCS12 keystore made by the JDK's
 * keytool (self-signed, for localhost, 127.0.0.1 and 127.0.0.2), and its certificate as the CA file that the
 * clients trust. {@link #trustEverywhere()} makes it the JVM's default trust, so every HTTP client of the tests
 * (Api, the tools' DlcClient, a test's own HttpClient) speaks HTTPS to the servers without further ado.
 */
public final class Tls {

    public static final Path DIR = Server.SERVER_DIR.toAbsolutePath().getParent().resolve("it-tls");
    public static final Path KEYSTORE = DIR.resolve("server.p12");
    /** The server certificate in PEM: the CA file for clients (DLC_CA_FILE, curl --cacert). */
    public static final Path CA_FILE = DIR.resolve("ca.pem");
    /** The same certificate as a PKCS12 truststore, for the load balancer's connections to the nodes. */
    public static final Path TRUSTSTORE = DIR.resolve("truststore.p12");
    public static final String PASSWORD = "it-keystore-secret";

    private static boolean trusted;

    private Tls() {
    }

    /** Creates the keystore once (kept for later runs of this build) and trusts it JVM-wide. */
    public static synchronized void trustEverywhere() {
        if (trusted) {
            return;
        }
        if (!Files.exists(TRUSTSTORE)) {
            create();
        }
        SSLContext.setDefault(CaFile.sslContext(CA_FILE));
        trusted = true;
    }

    /** The base64 SHA-256 of the certificate's public key, as Chromium's --ignore-certificate-errors-spki-list wants it. */
    public static String spkiHash() {
        try (InputStream in = Files.newInputStream(CA_FILE)) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(cert.getPublicKey().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void create() {
        try {
            Files.createDirectories(DIR);
            for (Path p : List.of(KEYSTORE, CA_FILE, TRUSTSTORE)) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keytool("-genkeypair", "-alias", "dlc", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:127.0.0.2",
                "-storetype", "PKCS12", "-keystore", KEYSTORE.toString(), "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "dlc", "-keystore", KEYSTORE.toString(), "-storepass", PASSWORD,
                "-file", CA_FILE.toString());
        keytool("-importcert", "-noprompt", "-alias", "dlc", "-file", CA_FILE.toString(), "-storetype", "PKCS12",
                "-keystore", TRUSTSTORE.toString(), "-storepass", PASSWORD);
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Commands.run(command);
    }
}
