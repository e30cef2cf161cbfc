package org.dlc.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dlc.license.DevelopmentKey;
import org.dlc.license.KeyFiles;
import org.dlc.license.LicenseFile;
import org.dlc.license.LicenseSigner;
import org.dlc.shared.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Issuing license files: a key pair for an issuer, and signed files. */
final class LicenseCommands {

    private LicenseCommands() {
    }

    /** The environment variable naming the default private key file of {@code license-sign} and {@code demo}. */
    static final String KEY_VARIABLE = "DLC_LICENSE_KEY";

    /**
     * Reads the signing key. @return null (after printing the reason to the command's error stream) when there is
     * none or it is unusable, so the command can exit with 1
     */
    static PrivateKey signingKey(Path file, CommandSpec spec) {
        if (file == null) {
            return failed(spec, "no signing key: give --key FILE (a PEM private key) or set " + KEY_VARIABLE);
        }
        try {
            return KeyFiles.readPrivateKey(file);
        } catch (InvalidInputException e) {
            return failed(spec, e.getMessage());
        }
    }

    /** Prints {@code command: message} to the command's error stream. @return null */
    static <T> T failed(CommandSpec spec, String message) {
        spec.commandLine().getErr().println(spec.name() + ": " + message);
        spec.commandLine().getErr().flush();
        return null;
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

    @Command(name = "license-keygen", description = "Writes a new Ed25519 key pair (license-key.pem, license-key.pub.pem)."
            + " Never overwrites a key.")
    static final class Keygen implements Callable<Integer> {

        @Option(names = "--out-dir", required = true, description = "Directory for the two PEM files.")
        Path outDir;

        @Option(names = "--keep-existing", description = "When the pair exists, keep it and succeed"
                + " (default: refuse, exit code 1).")
        boolean keepExisting;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path privateKey = outDir.resolve(DevelopmentKey.PRIVATE_KEY_FILE);
            Path publicKey = outDir.resolve(DevelopmentKey.PUBLIC_KEY_FILE);
            boolean created;
            try {
                created = KeyFiles.createPairIfAbsent(privateKey, publicKey);
            } catch (IllegalStateException e) {
                failed(spec, e.getMessage());
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (created) {
                out.println("Wrote " + privateKey + " (the private key: keep it secret) and " + publicKey
                        + " (the public key, for the servers that are to trust it).");
            } else if (keepExisting) {
                out.println("Kept the existing key pair " + privateKey + ", " + publicKey + ".");
            } else {
                failed(spec, privateKey + " exists: a key is never overwritten (whatever it signed would stop"
                        + " being accepted). Choose another --out-dir, or --keep-existing to keep it.");
                return 1;
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "license-sign", description = "Writes a signed license file.")
    static final class Sign implements Callable<Integer> {

        @Option(names = "--key", paramLabel = "FILE", defaultValue = "${env:" + KEY_VARIABLE + "}",
                description = "Private key (PEM). Default: the file named by " + KEY_VARIABLE + ".")
        Path key;

        @Option(names = "--sequence", required = true, description = "Must be higher than the installed file's.")
        int sequence;

        @Option(names = "--issued", description = "Issue date, YYYY-MM-DD. Default: today.")
        LocalDate issued = LocalDate.now();

        @Option(names = "--count", required = true, description = "TAG=N, e.g. 3RD-PARTY-SIP-EXTENSION=50. Repeatable.")
        Map<String, Integer> counts = new LinkedHashMap<>();

        @Option(names = "--out", description = "Output file. Default: standard output.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrivateKey privateKey = signingKey(key, spec);
            if (privateKey == null) {
                return 1;
            }
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
