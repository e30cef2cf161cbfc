package org.dlc.command;

import org.dlc.security.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code extension_info -d <dir|a..b|all> --terminal-info [--terminal-type DECT|SIP]}. */
@Command(name = "extension_info", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"extension_info -d <dir|a..b|all> --terminal-info [--terminal-type DECT|SIP]"},
        description = "Prints the terminal information of extensions: type, revision and vendor/model.")
final class ExtensionInfoCommand implements Guarded {

    @Option(names = "-d", required = true, paramLabel = "<dir|a..b|all>",
            converter = Converters.DirectorySelectionConverter.class,
            description = "A directory number, a range a..b, or all.")
    DirectorySelection dir;

    @Option(names = "--terminal-info", description = "Print the terminal information (the only printout; may be left out).")
    boolean terminalInfo;

    @Option(names = "--terminal-type", paramLabel = "DECT|SIP", converter = Converters.TerminalTypeConverter.class,
            description = "Only DECT or only SIP extensions.")
    String terminalType;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private final Services services;

    ExtensionInfoCommand(Services services) {
        this.services = services;
    }

    @Override
    public Required required() {
        return new Required("extension_info", Permission.EXTENSION_READ);
    }

    @Override
    public String call() {
        StringBuilder out = new StringBuilder(dir.single() ? 128 : 1 << 16);
        ExtensionInfoPrintout.appendHeader(out);
        ExtensionPages.select(services.info(), dir, terminalType, rows -> ExtensionInfoPrintout.appendRows(out, rows));
        return out.toString();
    }
}
