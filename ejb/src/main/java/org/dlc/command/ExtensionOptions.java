package org.dlc.command;

import picocli.CommandLine.Option;

/** The options extension and dect_extension share: the directory number(s) and help. */
final class ExtensionOptions {

    @Option(names = "-d", paramLabel = "<dir>", converter = Converters.DirectorySelectionConverter.class,
            description = "Directory number, 2..20 digits (with -p also a..b or all).")
    DirectorySelection dir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** What -p prints when no -d is given. */
    DirectorySelection selectionOrAll() {
        return dir == null ? DirectorySelection.ALL : dir;
    }
}
