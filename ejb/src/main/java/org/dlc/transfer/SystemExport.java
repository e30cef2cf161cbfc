package org.dlc.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to rebuild the license control on another server (the PC Regen analogue): the installed
 * license file, the handset catalogue, extensions with their seizures, DECT subscriptions with their passive status
 * and diagnostic state, and the active alarms. JSON on the wire, signed by the exporting server
 * ({@link ExportKeys}); the signature covers the canonical JSON of everything else.
 */
public record SystemExport(int format, Instant exportedAt, String licenseFile, List<ExportedCatalogueEntry> catalogue,
                           List<ExportedExtension> extensions, List<ExportedAlarm> alarms, ExportSignature signature) {

    /**
     * 2: catalogue, alarms, identification times, latest seen and the signature. 1 (extensions and license file) is
     * still read.
     */
    public static final int FORMAT = 2;

    public record ExportedExtension(String directoryNumber, Integer lim, Integer csp, Boolean thirdPartyClient,
                                    ExportedSubscription dect) {
    }

    /**
     * A DECT subscription. Only {@code subscribedBeforeEnforcement: true} makes it eligible for passive support,
     * and only in a signed export; absent means after enforcement.
     */
    public record ExportedSubscription(String ipei, String authenticationKey, Boolean subscribedBeforeEnforcement,
                                       Boolean accessRightsGranted, String state, Integer manic, Integer modic,
                                       Instant firstIdentifiedAt, Instant lastIdentifiedAt, Instant latestSeenAt) {

        boolean beforeEnforcement() {
            return Boolean.TRUE.equals(subscribedBeforeEnforcement);
        }
    }

    public record ExportedCatalogueEntry(int manic, int modicFrom, int modicTo, String vendor, String model,
                                         boolean mitel) {
    }

    /**
     * An active alarm, with its handle, so {@code alarm -p} reads the same after an import, and its affected
     * handset ({@code directoryNumber}, {@code ipei}: absent in exports from before 2026-12-01).
     */
    public record ExportedAlarm(long handle, int code, int lim, String additionalText, int count, Instant firstAt,
                                Instant latestAt, boolean noticed, String directoryNumber, String ipei) {
    }

    public SystemExport signed(ExportSignature by) {
        return new SystemExport(format, exportedAt, licenseFile, catalogue, extensions, alarms, by);
    }

    public SystemExport unsigned() {
        return signed(null);
    }

    public List<ExportedExtension> extensionList() {
        return extensions == null ? List.of() : extensions;
    }

    /** @return how many subscriptions this document would give passive support */
    public long beforeEnforcementSubscriptions() {
        return extensionList().stream().map(e -> e == null ? null : e.dect()).filter(Objects::nonNull)
                .filter(ExportedSubscription::beforeEnforcement).count();
    }
}
