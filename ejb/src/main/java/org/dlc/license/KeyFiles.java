package org.dlc.license;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;

/**
 * Ed25519 key pairs kept as two PEM files (private PKCS#8, public X.509), written once and never overwritten:
 * a key that exists stays, so whatever it signed stays valid.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * Generates a key pair into the two files unless both exist. The private key file is readable by its owner
     * only (where the file system has POSIX permissions).
     *
     * @return true when a new pair was written, false when both files existed (they are left as they are)
     * @throws IllegalStateException naming the file when only one of the two exists: an incomplete pair is not
     *         repaired, because that would replace the half that exists
     */
    public static boolean createPairIfAbsent(Path privateKeyFile, Path publicKeyFile) {
        boolean hasPrivate = Files.exists(privateKeyFile);
        boolean hasPublic = Files.exists(publicKeyFile);
        if (hasPrivate && hasPublic) {
            return false;
        }
        if (hasPrivate || hasPublic) {
            throw new IllegalStateException((hasPrivate ? privateKeyFile : publicKeyFile) + " exists without "
                    + (hasPrivate ? publicKeyFile : privateKeyFile) + ": restore the missing half, or delete the"
                    + " remaining one to get a new key pair (files signed with the old key are then no longer accepted)");
        }
        KeyPair pair = LicenseSigner.generateKeyPair();
        try {
            Files.createDirectories(privateKeyFile.toAbsolutePath().getParent());
            Files.createDirectories(publicKeyFile.toAbsolutePath().getParent());
            writeOnce(privateKeyFile, LicenseSigner.toPem(pair.getPrivate()), true);
            writeOnce(publicKeyFile, LicenseSigner.toPem(pair.getPublic()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key pair " + privateKeyFile + ", " + publicKeyFile, e);
        }
        return true;
    }

    /**
     * Reads a private key file.
     *
     * @throws InvalidLicenseFileException (field "private key FILE") when the file is missing, unreadable or not
     *         an Ed25519 private key in PEM
     */
    public static PrivateKey readPrivateKey(Path file) {
        String field = "private key " + file;
        String pem;
        try {
            pem = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidLicenseFileException(field, "no such file");
        } catch (IOException e) {
            throw new InvalidLicenseFileException(field, "cannot be read (" + e + ")");
        }
        try {
            return LicenseSigner.privateKeyFromPem(pem);
        } catch (InvalidLicenseFileException e) {
            throw new InvalidLicenseFileException(field, e.reason());
        }
    }

    /** Writes into a temporary file beside the target, then moves it into place; fails if the target exists. */
    private static void writeOnce(Path target, String content, boolean ownerOnly) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".key", ".tmp");
        try {
            if (ownerOnly && Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, content);
            Files.move(tmp, target); // without REPLACE_EXISTING: refuses an existing target
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
