package org.dlc.command;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dlc.license.LicenseStatus;

/**
 * {@code license_status}:
 * <pre>
 * Tag                     | Trial time | Allowed | Used
 * 3RD-PARTY-SIP-EXTENSION | -          | 10      | 3
 *
 * Name: MX - Extension 3rd party device (86L00079AAA-A)
 * Free: 7
 * Excess: 2                                      (only when above 0)
 * Third party DECT handsets without license: 5
 * Licenses needed to cover them: 0
 * License file: sequence 3, issued 2024-01-15, installed 2024-01-16 10:00:00 UTC
 * </pre>
 * or {@code License file: no license file installed}.
 */
public final class LicenseStatusPrintout {

    static final DateTimeFormatter INSTALLED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    static final int TAG_WIDTH = 23;

    private LicenseStatusPrintout() {
    }

    public static String format(LicenseStatus s) {
        int tagWidth = Math.max(TAG_WIDTH, s.tag().length());
        StringBuilder out = new StringBuilder();
        out.append(pad("Tag", tagWidth)).append(" | Trial time | Allowed | Used\n");
        out.append(pad(s.tag(), tagWidth)).append(" | ").append(pad("-", 10)).append(" | ")
                .append(pad(Integer.toString(s.allowed()), 7)).append(" | ").append(s.used()).append('\n');
        out.append('\n');
        out.append("Name: ").append(s.name());
        if (s.article() != null && !s.article().isEmpty()) {
            out.append(" (").append(s.article()).append(')');
        }
        out.append('\n');
        out.append("Free: ").append(s.free()).append('\n');
        if (s.excess() > 0) {
            out.append("Excess: ").append(s.excess()).append('\n');
        }
        out.append("Third party DECT handsets without license: ").append(s.unlicensedThirdPartyHandsets()).append('\n');
        out.append("Licenses needed to cover them: ").append(s.licensesNeeded()).append('\n');
        out.append("License file: ");
        if (s.fileSequence() == null) {
            out.append("no license file installed");
        } else {
            out.append("sequence ").append(s.fileSequence());
            if (s.fileIssued() != null) {
                out.append(", issued ").append(s.fileIssued());
            }
            if (s.fileInstalledAt() != null) {
                out.append(", installed ").append(INSTALLED.format(s.fileInstalledAt()));
            }
        }
        out.append('\n');
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
