package org.dlc.diagnostic;

import java.util.List;
import java.util.Optional;

/** The diagnostic_print list: third-party handsets subscribed without a license. */
public interface DiagnosticList {

    Optional<DiagnosticEntry> find(String directoryNumber);

    void add(DiagnosticEntry entry);

    void remove(String directoryNumber);

    List<DiagnosticEntry> entries();

    long count();

    /** Empties the list; it refills as handsets register again. */
    int clear();
}
