package org.dlc.tools;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dlc.license.LicenseFile;
import org.dlc.license.LicenseSigner;
import org.dlc.license.TrustedLicenseKeys;
import org.dlc.shared.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a license file as a server would before installing it: its form, a signature by one of the
 * trusted keys and, given the installed file, a higher sequence number. Exit code 0 when it would be
 * installed, 1 with the reason on stderr when not.
 */
@Command(name = "license-verify", mixinStandardHelpOptions = true,
        description = "Checks a license file as a server would: form, signature by a trusted key and,"
                + " with --installed, a higher sequence number.")
final class LicenseVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--trusted", required = true, split = ",", paramLabel = "FILE",
            description = "Trusted public key (PEM), or a directory of *.pem keys like a server's"
                    + " <data dir>/trusted-keys. Repeatable, or comma-separated.")
    List<Path> trusted = new ArrayList<>();

    @Option(names = "--installed", paramLabel = "FILE",
            description = "The license file in force; LICENSE_FILE must have a higher sequence number.")
    Path installed;

    @Parameters(index = "0", paramLabel = "LICENSE_FILE", description = "The signed license file to check.")
    Path file;

    @Override
    public Integer call() {
        List<PublicKey> keys = new ArrayList<>();
        try {
            for (Path key : trusted) {
                if (Files.isDirectory(key)) {
                    keys.addAll(TrustedLicenseKeys.load(key));
                } else {
                    keys.add(publicKey(key));
                }
            }
        } catch (InvalidInputException | Unreadable e) {
            return failed(e.getMessage());
        }
        LicenseFile license;
        try {
            license = LicenseFile.parse(read(file));
            license.verify(keys);
        } catch (Unreadable e) {
            return failed(e.getMessage());
        } catch (InvalidInputException e) {
            return failed(file + " is rejected: " + e.getMessage());
        }
        if (installed != null) {
            LicenseFile current;
            try {
                current = LicenseFile.parse(read(installed));
            } catch (InvalidInputException | Unreadable e) {
                return failed("installed file " + installed + ": " + e.getMessage());
            }
            try {
                license.checkNewerThan(current);
            } catch (InvalidInputException e) {
                return failed(file + " is rejected: " + e.getMessage());
            }
        }
        spec.commandLine().getOut().println("OK " + file + ": sequence " + license.sequence() + ", issued "
                + license.issued() + ", " + (license.counts().isEmpty() ? "no licenses" : license.counts()
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int failed(String message) {
        LicenseCommands.failed(spec, message);
        return 1;
    }

    private static PublicKey publicKey(Path file) {
        try {
            return LicenseSigner.publicKeyFromPem(read(file));
        } catch (InvalidInputException e) {
            throw new Unreadable("trusted key " + file + ": " + e.reason());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new Unreadable(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot be read (" + e + ")");
        }
    }

    /** A file that cannot be used; the message names it. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }
}
