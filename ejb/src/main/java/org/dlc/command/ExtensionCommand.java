package org.dlc.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.Lim;
import org.dlc.shared.NotFoundException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extension -i|-c|-e|-p}: extensions and their third-party license. */
@Command(name = "extension", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"extension -i|-c -d <dir> [-l <lim>] [--csp <csp>] [--third-party-client yes|no]",
                "       extension -e -d <dir>",
                "       extension -p [-d <dir|a..b|all>]"},
        description = "Initiates (-i), changes (-c), erases (-e) or prints (-p) extensions.")
final class ExtensionCommand implements Callable<String> {

    static final class Action {
        @Option(names = "-i", description = "Initiate an extension.")
        boolean initiate;
        @Option(names = "-c", description = "Change an extension.")
        boolean change;
        @Option(names = "-e", description = "Erase an extension (releases its license, ends its DECT subscription).")
        boolean erase;
        @Option(names = "-p", description = "Print extensions.")
        boolean print;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "-d", paramLabel = "<dir>", converter = Converters.DirectorySelectionConverter.class,
            description = "Directory number, 2..20 digits (with -p also a..b or all).")
    DirectorySelection dir;

    @Option(names = "-l", paramLabel = "<lim>", converter = Converters.LimConverter.class,
            description = "LIM number, 1..124 (default 1).")
    Lim lim;

    @Option(names = "--csp", paramLabel = "<csp>", converter = Converters.CspConverter.class,
            description = "Common service profile, 0..500 (default 0).")
    Integer csp;

    @Option(names = "--third-party-client", arity = "1", paramLabel = "yes|no", converter = BooleanConverter.class,
            description = "Seize (yes) or release (no) an \"MX - Extension 3rd party device\" license.")
    Boolean thirdPartyClient;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Services services;

    ExtensionCommand(Services services) {
        this.services = services;
    }

    @Override
    public String call() {
        if (action.print) {
            Options.notWith(spec, "-p", "-l", lim, "--csp", csp, "--third-party-client", thirdPartyClient);
            return print(dir == null ? DirectorySelection.ALL : dir);
        }
        if (action.initiate) {
            DirectoryNumber d = Options.single(spec, "-i", dir);
            services.extensions().create(d, lim == null ? Lim.DEFAULT : lim, csp == null ? 0 : csp,
                    Boolean.TRUE.equals(thirdPartyClient));
            return "Extension " + d + " initiated.\n";
        }
        if (action.change) {
            DirectoryNumber d = Options.single(spec, "-c", dir);
            if (lim == null && csp == null && thirdPartyClient == null) {
                throw Options.error(spec, "Nothing to change: give -l, --csp or --third-party-client with -c");
            }
            services.extensions().change(d, lim, csp, thirdPartyClient);
            return "Extension " + d + " changed.\n";
        }
        Options.notWith(spec, "-e", "-l", lim, "--csp", csp, "--third-party-client", thirdPartyClient);
        DirectoryNumber d = Options.single(spec, "-e", dir);
        services.extensions().erase(d);
        return "Extension " + d + " erased.\n";
    }

    private String print(DirectorySelection selection) {
        StringBuilder out = new StringBuilder();
        ExtensionPrintout.appendHeader(out);
        if (selection.single()) {
            ExtensionInfo info = services.info().one(selection.dir());
            ExtensionPrintout.appendRows(out, List.of(row(info, services.extensions().find(selection.dir()).csp())));
        } else {
            ExtensionPages.forEach(services.info(), selection, null, page -> {
                List<ExtensionPrintout.Row> rows = new ArrayList<>(page.size());
                for (ExtensionInfo info : page) {
                    try {
                        rows.add(row(info, services.extensions().find(new DirectoryNumber(info.directoryNumber())).csp()));
                    } catch (NotFoundException erasedMeanwhile) {
                        // erased while printing: left out
                    }
                }
                ExtensionPrintout.appendRows(out, rows);
            });
        }
        return out.toString();
    }

    private static ExtensionPrintout.Row row(ExtensionInfo info, int csp) {
        return new ExtensionPrintout.Row(info.directoryNumber(), info.lim(), csp, info.thirdPartyClient(),
                info.terminalType());
    }
}
