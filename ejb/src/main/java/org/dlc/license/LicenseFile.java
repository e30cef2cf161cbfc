package org.dlc.license;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed license file: how many licenses of each tag the server may hand out, a sequence number and an
 * issue date, signed with Ed25519. Immutable; {@link #parse(String)} is the only way to get one.
 *
 * <h2>Format 1</h2>
 * UTF-8 text, one item per line (also described in {@code docs/license-file.md}):
 * <pre>
 * # DECT License Control license file
 * format: 1
 * sequence: 42
 * issued: 2026-11-25
 * license: 3RD-PARTY-SIP-EXTENSION 50
 * signature: ed25519:&lt;base64&gt;
 * </pre>
 * <ul>
 *   <li>{@code format: 1} (mandatory): the only format this server reads.</li>
 *   <li>{@code sequence: N} (mandatory): an integer 1..2147483647. A file is only installed over one with a
 *       smaller sequence number.</li>
 *   <li>{@code issued: YYYY-MM-DD} (mandatory): the issue date (ISO-8601).</li>
 *   <li>{@code license: TAG COUNT} (any number, each tag at most once): TAG matches
 *       {@code [A-Z0-9][A-Z0-9-]{0,63}}, COUNT is 0..1000000. A tag that is not listed allows 0.
 *       The "MX - Extension 3rd party device" licenses are {@code 3RD-PARTY-SIP-EXTENSION}.</li>
 *   <li>Comment lines (first non-blank character {@code #}) and blank lines are allowed anywhere before the
 *       signature and are covered by it.</li>
 *   <li>{@code signature: ed25519:BASE64} (mandatory, last): the standard base64 of the 64-byte Ed25519
 *       signature over the UTF-8 bytes of every line before the signature line, each line terminated by
 *       {@code \n}. Line endings are normalised first ({@code \r\n} becomes {@code \n}), so a file that went
 *       through a Windows editor still verifies; a leading byte-order mark is ignored. Only blank lines may
 *       follow the signature line.</li>
 * </ul>
 * Field names are lower case; spaces around the field name and value are ignored (but signed as written).
 * The whole file is at most {@value #MAX_BYTES} bytes. Every rejection is an
 * {@link InvalidLicenseFileException} naming the field (or line) and what it allows.
 */
public final class LicenseFile {

    public static final int FORMAT = 1;
    public static final int MAX_BYTES = 65536;
    public static final int MAX_COUNT = 1_000_000;
    public static final String TAG_PATTERN = "[A-Z0-9][A-Z0-9-]{0,63}";
    /** What comes after {@code signature:} before the base64. */
    static final String SIGNATURE_SCHEME = "ed25519:";
    public static final String SIGNATURE_ALGORITHM = "Ed25519";
    private static final int SIGNATURE_BYTES = 64;
    private static final Pattern TAG = Pattern.compile(TAG_PATTERN);
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String FIELDS = "format, sequence, issued, license, signature";

    private final int sequence;
    private final LocalDate issued;
    private final Map<String, Integer> counts;
    private final String text;
    private final byte[] signedContent;
    private final byte[] signature;

    private LicenseFile(int sequence, LocalDate issued, Map<String, Integer> counts, String text,
                        byte[] signedContent, byte[] signature) {
        this.sequence = sequence;
        this.issued = issued;
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.text = text;
        this.signedContent = signedContent;
        this.signature = signature;
    }

    /**
     * Reads a license file; checks its form, not its signature (see {@link #verify(Collection)}).
     *
     * @throws InvalidLicenseFileException naming the line or field and the allowed form
     */
    public static LicenseFile parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidLicenseFileException("license file", "is empty (expected the text format of"
                    + " docs/license-file.md)");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidLicenseFileException("license file", "larger than " + MAX_BYTES + " bytes");
        }
        List<String> lines = lines(text);
        StringBuilder signed = new StringBuilder();
        Integer format = null;
        Integer sequence = null;
        LocalDate issued = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> tagLines = new LinkedHashMap<>();
        byte[] signature = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            int number = i + 1;
            if (signature != null) {
                if (!line.isEmpty()) {
                    throw new InvalidLicenseFileException("line " + number,
                            "nothing may follow the signature line except blank lines");
                }
                continue;
            }
            if (isSignatureLine(raw)) {
                signature = signature(value(line));
                continue;
            }
            signed.append(raw).append('\n');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new InvalidLicenseFileException("line " + number, "must be 'field: value' (fields: "
                        + FIELDS + "), a comment starting with # or blank");
            }
            String field = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (field) {
                case "format" -> {
                    once("format", format, number);
                    if (!String.valueOf(FORMAT).equals(value)) {
                        throw new InvalidLicenseFileException("format", "must be " + FORMAT
                                + " (the only format this server reads)");
                    }
                    format = FORMAT;
                }
                case "sequence" -> {
                    once("sequence", sequence, number);
                    sequence = integer("sequence", value, 1, Integer.MAX_VALUE, "must be an integer ");
                }
                case "issued" -> {
                    once("issued", issued, number);
                    issued = date(value);
                }
                case "license" -> license(value, number, counts, tagLines);
                default -> throw new InvalidLicenseFileException("line " + number,
                        "unknown field '" + field + "' (fields: " + FIELDS + ")");
            }
        }
        if (format == null) {
            throw new InvalidLicenseFileException("format", "missing (must be " + FORMAT + ")");
        }
        if (sequence == null) {
            throw new InvalidLicenseFileException("sequence", "missing (must be an integer 1.."
                    + Integer.MAX_VALUE + ")");
        }
        if (issued == null) {
            throw new InvalidLicenseFileException("issued", "missing (must be a date YYYY-MM-DD)");
        }
        if (signature == null) {
            throw new InvalidLicenseFileException("signature", "missing (the file is unsigned)");
        }
        return new LicenseFile(sequence, issued, counts, text, signed.toString().getBytes(StandardCharsets.UTF_8),
                signature);
    }

    /**
     * The lines of a text as this format sees them: a leading byte-order mark dropped, {@code \r\n} read as
     * {@code \n}, and no empty last line for a final {@code \n}.
     */
    static List<String> lines(String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(Arrays.asList(normalised.replace("\r\n", "\n").split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** True for the line that holds the signature: field name {@code signature}. */
    static boolean isSignatureLine(String line) {
        String stripped = line.strip();
        int colon = stripped.indexOf(':');
        return colon >= 0 && stripped.substring(0, colon).strip().equals("signature");
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    private static void once(String field, Object seen, int line) {
        if (seen != null) {
            throw new InvalidLicenseFileException(field, "appears twice (again on line " + line + ")");
        }
    }

    private static byte[] signature(String value) {
        String form = "must be '" + SIGNATURE_SCHEME + "<base64 of the " + SIGNATURE_BYTES
                + "-byte Ed25519 signature>'";
        if (!value.startsWith(SIGNATURE_SCHEME)) {
            throw new InvalidLicenseFileException("signature", form);
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(value.substring(SIGNATURE_SCHEME.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidLicenseFileException("signature", form + "; the base64 is malformed");
        }
        if (signature.length != SIGNATURE_BYTES) {
            throw new InvalidLicenseFileException("signature", form + "; it has " + signature.length + " bytes");
        }
        return signature;
    }

    private static int integer(String field, String value, int min, int max, String form) {
        if (DIGITS.matcher(value).matches()) {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return (int) n;
            }
        }
        throw new InvalidLicenseFileException(field, form + min + ".." + max);
    }

    private static LocalDate date(String value) {
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // not a real day, e.g. 2026-02-30: reported below
            }
        }
        throw new InvalidLicenseFileException("issued", "must be a date YYYY-MM-DD");
    }

    private static void license(String value, int line, Map<String, Integer> counts, Map<String, Integer> tagLines) {
        String[] parts = value.split("\\s+");
        if (parts.length != 2) {
            throw new InvalidLicenseFileException("line " + line, "must be 'license: TAG COUNT', e.g. 'license: "
                    + ThirdPartyLicensePool.TAG + " 50'");
        }
        String tag = parts[0];
        if (!TAG.matcher(tag).matches()) {
            throw new InvalidLicenseFileException("license tag on line " + line, "must be 1..64 capitals, digits"
                    + " and '-', not starting with '-' (" + TAG_PATTERN + ")");
        }
        if (counts.containsKey(tag)) {
            throw new InvalidLicenseFileException("license " + tag, "appears twice (lines " + tagLines.get(tag)
                    + " and " + line + ")");
        }
        counts.put(tag, integer("license count for " + tag, parts[1], 0, MAX_COUNT, "must be "));
        tagLines.put(tag, line);
    }

    /**
     * Accepts the file only if one of the trusted keys verifies its signature.
     *
     * @throws InvalidLicenseFileException when none does, or no key is trusted at all
     */
    public void verify(Collection<PublicKey> trusted) {
        if (trusted == null || trusted.isEmpty()) {
            throw new InvalidLicenseFileException("signature", "no trusted license keys configured (the server"
                    + " trusts the PEM public keys in <data dir>/" + TrustedLicenseKeys.DIRECTORY_NAME + ")");
        }
        for (PublicKey key : trusted) {
            try {
                Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
                verifier.initVerify(key);
                verifier.update(signedContent);
                if (verifier.verify(signature)) {
                    return;
                }
            } catch (GeneralSecurityException e) {
                // not this key (not an Ed25519 key): try the next
            }
        }
        throw new InvalidLicenseFileException("signature",
                "does not verify with any trusted key (tampered, or signed by an unknown key)");
    }

    /**
     * A file only replaces an older one.
     *
     * @param installed the file in force, or null when none is installed
     * @throws InvalidLicenseFileException when this file's sequence is not greater than the installed one's
     */
    public void checkNewerThan(LicenseFile installed) {
        if (installed != null && sequence <= installed.sequence) {
            throw new InvalidLicenseFileException("sequence", sequence + " is not newer than the installed file's "
                    + installed.sequence);
        }
    }

    /** @return how many licenses of the tag the file allows; 0 for a tag it does not list */
    public int allowed(String tag) {
        return counts.getOrDefault(tag, 0);
    }

    public int sequence() {
        return sequence;
    }

    public LocalDate issued() {
        return issued;
    }

    /** @return tag to allowed count, in file order, unmodifiable */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** @return the file exactly as it was given to {@link #parse(String)} */
    public String text() {
        return text;
    }

    /** @return the bytes the signature covers: the UTF-8 of every line before the signature, each ended by \n */
    public byte[] signedContent() {
        return signedContent.clone();
    }

    /** @return the raw 64-byte Ed25519 signature */
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LicenseFile other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return "LicenseFile[sequence=" + sequence + ", issued=" + issued + ", counts=" + counts + "]";
    }
}
