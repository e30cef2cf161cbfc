package org.dlc.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dlc.license.LicenseFile;
import org.dlc.license.LicenseSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Issuing license files: a key pair for an issuer, and signed files. */
final class LicenseCommands {

    private LicenseCommands() {
    }

    /** The bundled development key. It signs files for tests and the demo; production never trusts it. */
    static PrivateKey developmentKey() {
        try (InputStream in = LicenseCommands.class.getResourceAsStream("dev-license-key.pem")) {
            return LicenseSigner.privateKeyFromPem(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String signedFile(PrivateKey key, int sequence, LocalDate issued, Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder("# DECT License Control license file\nformat: 1\n")
                .append("sequence: ").append(sequence).append('\n')
                .append("issued: ").append(issued).append('\n');
        counts.forEach((tag, n) -> text.append("license: ").append(tag).append(' ').append(n).append('\n'));
        String signed = LicenseSigner.sign(text.toString(), key);
        LicenseFile.parse(signed);
        return signed;
    }

    @Command(name = "license-keygen", description = "Writes a new Ed25519 key pair (license-key.pem, license-key.pub.pem).")
    static final class Keygen implements Callable<Integer> {

        @Option(names = "--out-dir", required = true, description = "Directory for the two PEM files.")
        Path outDir;

        @Override
        public Integer call() throws IOException {
            KeyPair pair = LicenseSigner.generateKeyPair();
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("license-key.pem"), LicenseSigner.toPem(pair.getPrivate()));
            Files.writeString(outDir.resolve("license-key.pub.pem"), LicenseSigner.toPem(pair.getPublic()));
            System.out.println("Wrote " + outDir.resolve("license-key.pem") + " (keep secret) and "
                    + outDir.resolve("license-key.pub.pem") + " (copy to <data dir>/trusted-keys/ on each server).");
            return 0;
        }
    }

    @Command(name = "license-sign", description = "Writes a signed license file.")
    static final class Sign implements Callable<Integer> {

        @Option(names = "--key", description = "Private key (PEM). Default: the development key.")
        Path key;

        @Option(names = "--sequence", required = true, description = "Must be higher than the installed file's.")
        int sequence;

        @Option(names = "--issued", description = "Issue date, YYYY-MM-DD. Default: today.")
        LocalDate issued = LocalDate.now();

        @Option(names = "--count", required = true, description = "TAG=N, e.g. 3RD-PARTY-SIP-EXTENSION=50. Repeatable.")
        Map<String, Integer> counts = new LinkedHashMap<>();

        @Option(names = "--out", description = "Output file. Default: standard output.")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrivateKey privateKey = key == null ? developmentKey() : LicenseSigner.privateKeyFromPem(Files.readString(key));
            String file = signedFile(privateKey, sequence, issued, counts);
            if (out == null) {
                System.out.print(file);
            } else {
                Files.writeString(out, file);
            }
            return 0;
        }
    }
}
