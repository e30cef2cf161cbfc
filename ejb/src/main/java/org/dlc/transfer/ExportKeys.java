package org.dlc.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dlc.license.KeyFiles;
import org.dlc.license.LicenseFile;
import org.dlc.license.LicenseSigner;
import org.dlc.license.TrustedLicenseKeys;
import org.dlc.shared.InvalidInputException;

/**
 * The server's own Ed25519 key that signs its exports, generated at first start in the data directory
 * ({@value #OWN_DIRECTORY}/, private half readable by the server's user only), and the keys whose signatures it
 * accepts on import: its own and those an administrator installed in {@value #TRUSTED_DIRECTORY}/ (the export keys
 * of other servers, from their {@code GET /api/system}). An import can only create passive support with a valid
 * signature: an edited file cannot be turned into licenses.
 */
public final class ExportKeys {

    public static final String OWN_DIRECTORY = "export-key";
    public static final String TRUSTED_DIRECTORY = "trusted-export-keys";
    private static final String PRIVATE_FILE = "export-key.pem";
    private static final String PUBLIC_FILE = "export-key.pub.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path trustedDirectory;

    private ExportKeys(PrivateKey privateKey, PublicKey publicKey, Path trustedDirectory) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.trustedDirectory = trustedDirectory;
    }

    /** Reads the server's key from the data directory, generating it if there is none yet. */
    public static synchronized ExportKeys loadOrCreate(Path dataDirectory) {
        Path own = dataDirectory.resolve(OWN_DIRECTORY);
        Path privateFile = own.resolve(PRIVATE_FILE);
        Path publicFile = own.resolve(PUBLIC_FILE);
        KeyFiles.createPairIfAbsent(privateFile, publicFile);
        try {
            return new ExportKeys(KeyFiles.readPrivateKey(privateFile),
                    LicenseSigner.publicKeyFromPem(Files.readString(publicFile)), dataDirectory.resolve(TRUSTED_DIRECTORY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the export key in " + own, e);
        }
    }

    public ExportSignature sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance(LicenseFile.SIGNATURE_ALGORITHM);
            signer.initSign(privateKey);
            signer.update(content);
            return new ExportSignature(LicenseSigner.fingerprint(publicKey), Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the export key", e);
        }
    }

    /**
     * @throws InvalidInputException (field {@code signature}) when the signature is missing, made by a key this
     *         server does not trust, or does not match the content (the document was edited)
     */
    public void verify(byte[] content, ExportSignature signature) {
        if (signature == null || signature.key() == null || signature.value() == null) {
            throw new InvalidInputException("signature", "is required: only an export signed by this server or by a"
                    + " server whose export key is installed in " + TRUSTED_DIRECTORY + "/ can carry subscriptions from"
                    + " before enforcement (passive support); a system from before enforcement is loaded with"
                    + " POST /api/migration");
        }
        PublicKey key = trusted().stream().filter(k -> LicenseSigner.fingerprint(k).equals(signature.key())).findFirst()
                .orElseThrow(() -> new InvalidInputException("signature", "made by key " + signature.key()
                        + ", which this server does not trust (its own key and the keys in " + TRUSTED_DIRECTORY
                        + "/ are trusted)"));
        try {
            Signature verifier = Signature.getInstance(LicenseFile.SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            if (verifier.verify(Base64.getDecoder().decode(signature.value()))) {
                return;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a malformed signature value: refused below like a wrong one
        }
        throw new InvalidInputException("signature", "does not match the document: it was changed after key "
                + signature.key() + " signed it");
    }

    /** This server's key first, then the installed ones. */
    public List<PublicKey> trusted() {
        List<PublicKey> keys = new ArrayList<>();
        keys.add(publicKey);
        keys.addAll(TrustedLicenseKeys.load(trustedDirectory));
        return keys;
    }

    public String publicKeyPem() {
        return LicenseSigner.toPem(publicKey);
    }

    public String fingerprint() {
        return LicenseSigner.fingerprint(publicKey);
    }
}
