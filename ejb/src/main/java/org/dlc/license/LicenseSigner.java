package org.dlc.license;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.stream.Collectors;

/** Signs license files (for the issuer's tool, tests and the demo) and reads and writes keys as PEM. */
public final class LicenseSigner {

    private static final String ALGORITHM = "Ed25519";

    private LicenseSigner() {
    }

    /** @return the text with its signature line (any earlier signature is replaced) */
    public static String sign(String text, PrivateKey key) {
        String body = text.replace("\r\n", "\n").lines()
                .filter(line -> !line.strip().startsWith("signature:"))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(body.getBytes(StandardCharsets.UTF_8));
            return body + LicenseFile.SIGNATURE_PREFIX + Base64.getEncoder().encodeToString(signer.sign()) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String toPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new InvalidLicenseFileException("public key", "not an Ed25519 public key in PEM form");
        }
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new InvalidLicenseFileException("private key", "not an Ed25519 private key in PEM form");
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Lines outside the BEGIN/END markers (comments) are ignored. */
    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new InvalidLicenseFileException(type.toLowerCase(), "missing " + begin + " ... " + end);
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new InvalidLicenseFileException(type.toLowerCase(), "PEM body is not base64");
        }
    }
}
