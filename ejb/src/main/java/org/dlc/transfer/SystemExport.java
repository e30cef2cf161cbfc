package org.dlc.transfer;

import java.time.Instant;
import java.util.List;

/**
 * Everything needed to rebuild the license control on another server (the PC Regen analogue): the installed
 * license file, extensions with their seizures, DECT subscriptions with their passive status. JSON on the wire.
 */
public record SystemExport(int format, Instant exportedAt, String licenseFile, List<ExportedExtension> extensions) {

    public static final int FORMAT = 1;

    public record ExportedExtension(String directoryNumber, Integer lim, Integer csp, Boolean thirdPartyClient,
                                    ExportedSubscription dect) {
    }

    /**
     * A DECT subscription. {@code subscribedBeforeEnforcement} absent means true: an export from a system without
     * license control lists subscriptions that existed before enforcement, which stay passively supported.
     */
    public record ExportedSubscription(String ipei, String authenticationKey, Boolean subscribedBeforeEnforcement,
                                       Boolean accessRightsGranted, String state, Integer manic, Integer modic) {
    }
}
