package org.dlc.diagnostic;

import java.time.Instant;

/**
 * One row of diagnostic_print: a subscribed third-party handset working without a license (passive support, see
 * {@link org.dlc.extension.LicenseState#PASSIVE}), read from the handset and its extension at the moment of
 * printing. The identification times are null when no registration identified it since the list was cleared.
 */
public record DiagnosticEntry(String directoryNumber, String ipei, int manic, int modic, int lim,
                              Instant firstIdentified, Instant lastIdentified) {
}
