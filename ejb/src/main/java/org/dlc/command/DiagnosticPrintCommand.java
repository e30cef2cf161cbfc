package org.dlc.command;

import org.dlc.security.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diagnostic_print [--clear]}: third-party DECT handsets subscribed without a license. */
@Command(name = "diagnostic_print", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"diagnostic_print [--clear]"},
        description = "Prints (or clears) the third party DECT devices working without license.")
final class DiagnosticPrintCommand implements Guarded {

    @Option(names = "--clear", description = "Clear the list: forget when each handset was identified (the times"
            + " start again at its next registration). Handsets still without license stay listed.")
    boolean clear;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private final Services services;

    DiagnosticPrintCommand(Services services) {
        this.services = services;
    }

    @Override
    public Required required() {
        return clear ? new Required("diagnostic_print --clear", Permission.DIAGNOSTIC_CLEAR)
                : new Required("diagnostic_print", Permission.DIAGNOSTIC_READ);
    }

    @Override
    public String call() {
        if (clear) {
            return DiagnosticPrintout.cleared(services.diagnostics().clear());
        }
        return DiagnosticPrintout.format(services.diagnostics().entries().stream().map(DiagnosticPrintout.Row::of).toList());
    }
}
