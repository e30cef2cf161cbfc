package org.dlc.license;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Signs license files (for the issuer's tool, tests and the demo) and reads and writes Ed25519 keys as PEM:
 * public keys as X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}), private keys as PKCS#8
 * ({@code -----BEGIN PRIVATE KEY-----}), the same files {@code openssl genpkey -algorithm ed25519} writes.
 */
public final class LicenseSigner {

    private LicenseSigner() {
    }

    /**
     * Signs a license file's text (format: see {@link LicenseFile}). Any existing signature line is dropped
     * first, and so are blank lines at the end; the rest is signed as written, with {@code \r\n} read as
     * {@code \n}. The content is not checked: sign, then {@link LicenseFile#parse(String)} the result to check it.
     *
     * @return the signed text: the normalised content, then the signature line, each line ended by \n
     */
    public static String sign(String unsignedText, PrivateKey key) {
        List<String> lines = LicenseFile.lines(unsignedText).stream()
                .filter(line -> !LicenseFile.isSignatureLine(line))
                .toList();
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        StringBuilder body = new StringBuilder();
        lines.subList(0, end).forEach(line -> body.append(line).append('\n'));
        try {
            Signature signer = Signature.getInstance(LicenseFile.SIGNATURE_ALGORITHM);
            signer.initSign(key);
            signer.update(body.toString().getBytes(StandardCharsets.UTF_8));
            return body + "signature: " + LicenseFile.SIGNATURE_SCHEME
                    + Base64.getEncoder().encodeToString(signer.sign()) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (an Ed25519 private key is needed): "
                    + e.getMessage(), e);
        }
    }

    /** @return a new random Ed25519 key pair */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(LicenseFile.SIGNATURE_ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519 (Java 15 or later has it)", e);
        }
    }

    /** @return the key as a PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo) */
    public static String toPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /**
     * @return the key's fingerprint: SHA-256 over its X.509 SubjectPublicKeyInfo encoding (the DER inside the PEM),
     *         64 lowercase hex digits, as {@code openssl pkey -pubin -in key.pem -outform DER | sha256sum} prints it
     */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** @return the key as a PEM "PRIVATE KEY" (PKCS#8) */
    public static String toPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /**
     * Reads the first PEM "PUBLIC KEY" block in the text; lines outside it (comments) are ignored.
     *
     * @throws InvalidLicenseFileException (field "public key") when there is none or it is not Ed25519
     */
    public static PublicKey publicKeyFromPem(String pem) {
        byte[] der = der(pem, "PUBLIC KEY");
        try {
            return KeyFactory.getInstance(LicenseFile.SIGNATURE_ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidLicenseFileException("public key", "not an Ed25519 public key");
        }
    }

    /**
     * Reads the first PEM "PRIVATE KEY" (PKCS#8) block in the text; lines outside it (comments) are ignored.
     *
     * @throws InvalidLicenseFileException (field "private key") when there is none or it is not Ed25519
     */
    public static PrivateKey privateKeyFromPem(String pem) {
        byte[] der = der(pem, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance(LicenseFile.SIGNATURE_ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidLicenseFileException("private key", "not an Ed25519 private key");
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String field = type.toLowerCase(Locale.ROOT);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem == null ? -1 : pem.indexOf(begin);
        int to = from < 0 ? -1 : pem.indexOf(end, from);
        if (from < 0 || to < 0) {
            String hint = pem != null && type.equals("PUBLIC KEY") && pem.contains("PRIVATE KEY-----")
                    ? "; this is a private key, which must never be given to a server" : "";
            throw new InvalidLicenseFileException(field, "must be PEM: " + begin + ", base64, " + end + hint);
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidLicenseFileException(field, "the PEM body is not base64");
        }
    }
}
