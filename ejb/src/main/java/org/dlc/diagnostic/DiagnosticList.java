package org.dlc.diagnostic;

import java.util.List;

/**
 * The diagnostic_print list: every subscribed third-party handset working without a license, derived from the
 * stored handsets and extensions whenever it is read. Clearing it forgets only when they were identified.
 */
public interface DiagnosticList {

    /** In directory-number order. */
    List<DiagnosticEntry> entries();

    /**
     * Forgets every handset's identification times (they start again at its next registration); the handsets
     * that still lack a license stay listed. @return how many handsets had times to forget
     */
    int clear();
}
