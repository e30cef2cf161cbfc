package org.dlc.license;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed license file. Format (UTF-8 text, one field per line):
 * <pre>
 * # DECT License Control license file
 * format: 1
 * sequence: 42
 * issued: 2026-11-25
 * license: 3RD-PARTY-SIP-EXTENSION 50
 * signature: ed25519:&lt;base64 signature&gt;
 * </pre>
 * The Ed25519 signature covers every line before the signature line, each ended by a newline (CRLF is read
 * as LF). Comments (#) and blank lines are allowed and signed. Only blank lines may follow the signature.
 */
public final class LicenseFile {

    public static final int MAX_BYTES = 65536;
    public static final int MAX_COUNT = 1_000_000;
    static final String SIGNATURE_PREFIX = "signature: ed25519:";
    private static final String TAG_PATTERN = "[A-Z0-9][A-Z0-9-]{0,63}";

    private final int sequence;
    private final LocalDate issued;
    private final Map<String, Integer> counts;
    private final String signedContent;
    private final byte[] signature;
    private final String text;

    private LicenseFile(int sequence, LocalDate issued, Map<String, Integer> counts, String signedContent,
                        byte[] signature, String text) {
        this.sequence = sequence;
        this.issued = issued;
        this.counts = Collections.unmodifiableMap(counts);
        this.signedContent = signedContent;
        this.signature = signature;
        this.text = text;
    }

    public static LicenseFile parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidLicenseFileException("license file", "is empty");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidLicenseFileException("license file", "larger than " + MAX_BYTES + " bytes");
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder signed = new StringBuilder();
        Integer format = null;
        Integer sequence = null;
        LocalDate issued = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        byte[] signature = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = "line " + (i + 1);
            if (signature != null) {
                if (!line.isEmpty()) {
                    throw new InvalidLicenseFileException(where, "nothing may follow the signature line");
                }
                continue;
            }
            if (line.startsWith("signature:")) {
                signature = signature(line, where);
                continue;
            }
            if (i == lines.length - 1 && line.isEmpty()) {
                continue;
            }
            signed.append(lines[i]).append('\n');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new InvalidLicenseFileException(where, "must be 'field: value' (format, sequence, issued, license)");
            }
            String field = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (field) {
                case "format" -> {
                    format = integer("format", value, 1, 1);
                }
                case "sequence" -> sequence = integer("sequence", value, 1, Integer.MAX_VALUE);
                case "issued" -> issued = date(value);
                case "license" -> license(value, counts);
                default -> throw new InvalidLicenseFileException(where,
                        "unknown field '" + field + "' (allowed: format, sequence, issued, license, signature)");
            }
        }
        if (format == null) {
            throw new InvalidLicenseFileException("format", "missing (must be 1)");
        }
        if (sequence == null) {
            throw new InvalidLicenseFileException("sequence", "missing (must be an integer 1.." + Integer.MAX_VALUE + ")");
        }
        if (issued == null) {
            throw new InvalidLicenseFileException("issued", "missing (must be a date YYYY-MM-DD)");
        }
        if (signature == null) {
            throw new InvalidLicenseFileException("signature", "missing (the file is unsigned)");
        }
        return new LicenseFile(sequence, issued, counts, signed.toString(), signature, text);
    }

    private static byte[] signature(String line, String where) {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new InvalidLicenseFileException("signature", "must be 'signature: ed25519:<base64>'");
        }
        try {
            return Base64.getDecoder().decode(line.substring(SIGNATURE_PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidLicenseFileException("signature", "not valid base64 (" + where + ")");
        }
    }

    private static int integer(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidLicenseFileException(field, "must be an integer " + min + ".." + max + ", was '" + value + "'");
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidLicenseFileException("issued", "must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static void license(String value, Map<String, Integer> counts) {
        String[] parts = value.split("\\s+");
        if (parts.length != 2 || !parts[0].matches(TAG_PATTERN)) {
            throw new InvalidLicenseFileException("license", "must be 'license: <TAG> <count>' with a tag of"
                    + " capitals, digits and '-', was '" + value + "'");
        }
        if (counts.containsKey(parts[0])) {
            throw new InvalidLicenseFileException("license " + parts[0], "appears twice");
        }
        counts.put(parts[0], integer("license count for " + parts[0], parts[1], 0, MAX_COUNT));
    }

    /** Accepts the file only if one of the trusted keys verifies its signature. */
    public void verify(Collection<PublicKey> trusted) {
        if (trusted.isEmpty()) {
            throw new InvalidLicenseFileException("signature",
                    "no trusted license keys configured (put the issuer's public key in <data dir>/trusted-keys)");
        }
        for (PublicKey key : trusted) {
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(key);
                verifier.update(signedContent.getBytes(StandardCharsets.UTF_8));
                if (verifier.verify(signature)) {
                    return;
                }
            } catch (GeneralSecurityException e) {
                // not this key (wrong algorithm or malformed signature): try the next
            }
        }
        throw new InvalidLicenseFileException("signature",
                "does not verify with any trusted key (tampered, or signed by an unknown key)");
    }

    /** A file may only replace an older one. */
    public void checkNewerThan(LicenseFile installed) {
        if (installed != null && sequence <= installed.sequence) {
            throw new InvalidLicenseFileException("sequence", sequence + " is not newer than the installed file's "
                    + installed.sequence);
        }
    }

    public int allowed(String tag) {
        return counts.getOrDefault(tag, 0);
    }

    public int sequence() {
        return sequence;
    }

    public LocalDate issued() {
        return issued;
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    public String text() {
        return text;
    }

    String signedContent() {
        return signedContent;
    }
}
