package org.dlc.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds PEM private keys in the repository's files and in built archives, for the build check that no private key
 * is committed or shipped ({@link NoPrivateKeyIT}).
 */
final class PrivateKeys {

    /**
     * A PEM private key of any kind (PKCS#8, encrypted PKCS#8, RSA, EC, DSA, OpenSSH): the BEGIN line followed by
     * key material, a run of base64, possibly after header lines ({@code Proc-Type: ...}) and possibly written as a
     * string literal ({@code "...-----\n" + "MC4C..."}). Naming the marker in prose or code is not a key.
     */
    static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[\\s\"'+]|\\\\[rn])*"
                    + "(?:[A-Za-z-]+: [^\\r\\n\"]*(?:[\\s\"'+]|\\\\[rn])+)*[A-Za-z0-9+/]{40,}");

    private static final List<String> ARCHIVES = List.of(".jar", ".war", ".ear", ".zip", ".rar");

    private PrivateKeys() {
    }

    /** Bytes are read as ISO-8859-1, one char each, so that binary files are searched too. */
    static boolean containsPrivateKey(byte[] content) {
        return PEM_PRIVATE_KEY.matcher(new String(content, StandardCharsets.ISO_8859_1)).find();
    }

    /**
     * The files a commit could hold: in a git checkout, the tracked files and the untracked ones git does not
     * ignore ({@code git ls-files --cached --others --exclude-standard}); otherwise (a source archive, no git)
     * every file under {@code root} except build output ({@code target/}) and the run command's {@code data/}.
     */
    static List<Path> repositoryFiles(Path root) {
        List<Path> tracked = gitFiles(root);
        if (tracked != null) {
            return tracked;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        Path relative = root.relativize(f);
                        return !relative.startsWith("data") && !relative.startsWith(".git")
                                && Stream.iterate(relative, p -> p != null, Path::getParent)
                                        .noneMatch(p -> p.getFileName().toString().equals("target"));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the files git lists, or null when {@code root} is not a git checkout or there is no git */
    private static List<Path> gitFiles(Path root) {
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z", "--cached", "--others",
                    "--exclude-standard").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null; // no git on this machine
        }
        try {
            String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                return null; // not a checkout
            }
            return Stream.of(listing.split("\0")).filter(name -> !name.isEmpty()).map(root::resolve)
                    .filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the files that hold a private key */
    static List<Path> filesWithPrivateKeys(List<Path> files) {
        return files.stream().filter(f -> {
            try {
                return containsPrivateKey(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** @return the entries (as {@code outer!inner}) of the archive, and of archives in it, that hold a private key */
    static List<String> inArchive(Path archive) {
        try (InputStream in = Files.newInputStream(archive)) {
            List<String> found = new ArrayList<>();
            scan(archive.toString(), in, found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scan(String name, InputStream archive, List<String> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.isDirectory()) {
                continue;
            }
            byte[] content = zip.readAllBytes();
            String entryName = name + "!" + entry.getName();
            if (isArchive(entry.getName())) {
                scan(entryName, new ByteArrayInputStream(content), found);
            } else if (containsPrivateKey(content)) {
                found.add(entryName);
            }
        }
    }

    static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVES.stream().anyMatch(lower::endsWith);
    }
}
