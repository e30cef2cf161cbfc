package org.dlc.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.ExtensionInfo;
import org.dlc.handset.Handset;
import org.dlc.handset.Ipei;
import org.dlc.shared.NotFoundException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dect_extension -i|-e|-p}: the DECT subscription of an extension. */
@Command(name = "dect_extension", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"dect_extension -i -d <dir> --ipei <ipei> --authentication-key <key>",
                "       dect_extension -e -d <dir>",
                "       dect_extension -p [-d <dir|a..b|all>]"},
        description = "Initiates (-i), erases (-e) or prints (-p) DECT subscriptions of extensions.")
final class DectExtensionCommand implements Callable<String> {

    static final class Action {
        @Option(names = "-i", description = "Subscribe a DECT handset on an extension.")
        boolean initiate;
        @Option(names = "-e", description = "End the DECT subscription.")
        boolean erase;
        @Option(names = "-p", description = "Print DECT subscriptions.")
        boolean print;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "-d", paramLabel = "<dir>", converter = Converters.DirectorySelectionConverter.class,
            description = "Directory number, 2..20 digits (with -p also a..b or all).")
    DirectorySelection dir;

    @Option(names = "--ipei", paramLabel = "<ipei>", converter = Converters.IpeiConverter.class,
            description = "IPEI: 5-digit EMC, 7-digit serial number, check digit or '*' (blanks allowed).")
    Ipei ipei;

    @Option(names = "--authentication-key", paramLabel = "<key>", converter = Converters.AuthenticationKeyConverter.class,
            description = "Authentication key, 1..8 digits.")
    String authenticationKey;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Services services;

    DectExtensionCommand(Services services) {
        this.services = services;
    }

    @Override
    public String call() {
        if (action.print) {
            Options.notWith(spec, "-p", "--ipei", ipei, "--authentication-key", authenticationKey);
            return print(dir == null ? DirectorySelection.ALL : dir);
        }
        if (action.initiate) {
            DirectoryNumber d = Options.single(spec, "-i", dir);
            Options.required(spec, "-i", "--ipei <ipei>", "13 characters: EMC, serial number, check digit", ipei);
            Options.required(spec, "-i", "--authentication-key <key>", "1..8 digits", authenticationKey);
            services.subscriptions().subscribe(d, ipei, authenticationKey);
            return "DECT extension " + d + " initiated.\n";
        }
        Options.notWith(spec, "-e", "--ipei", ipei, "--authentication-key", authenticationKey);
        DirectoryNumber d = Options.single(spec, "-e", dir);
        services.subscriptions().unsubscribe(d);
        return "DECT extension " + d + " erased.\n";
    }

    private String print(DirectorySelection selection) {
        StringBuilder out = new StringBuilder();
        DectExtensionPrintout.appendHeader(out);
        if (selection.single()) {
            DectExtensionPrintout.appendRows(out, List.of(row(services.subscriptions().find(selection.dir()))));
        } else {
            ExtensionPages.forEach(services.info(), selection, ExtensionInfo.DECT, page -> {
                List<DectExtensionPrintout.Row> rows = new ArrayList<>(page.size());
                for (ExtensionInfo info : page) {
                    try {
                        rows.add(row(services.subscriptions().find(new DirectoryNumber(info.directoryNumber()))));
                    } catch (NotFoundException endedMeanwhile) {
                        // unsubscribed while printing: left out
                    }
                }
                DectExtensionPrintout.appendRows(out, rows);
            });
        }
        return out.toString();
    }

    private static DectExtensionPrintout.Row row(Handset h) {
        return new DectExtensionPrintout.Row(h.directoryNumber().value(), h.ipei(), h.state(), h.type().vendor());
    }
}
