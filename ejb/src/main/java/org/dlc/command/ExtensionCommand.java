package org.dlc.command;

import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
import org.dlc.security.Permission;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extension -i|-c|-e|-p}: extensions and their third-party license. */
@Command(name = "extension", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"extension -i|-c -d <dir> [-l <lim>] [--csp <csp>] [--third-party-client yes|no]",
                "       extension -e -d <dir>",
                "       extension -p [-d <dir|a..b|all>]"},
        description = "Initiates (-i), changes (-c), erases (-e) or prints (-p) extensions.")
final class ExtensionCommand implements Guarded {

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

    @Mixin
    ExtensionOptions options;

    @Option(names = "-l", paramLabel = "<lim>", converter = Converters.LimConverter.class,
            description = "LIM number, 1..124 (default 1).")
    Lim lim;

    @Option(names = "--csp", paramLabel = "<csp>", converter = Converters.CspConverter.class,
            description = "Common service profile, 0..500 (default 0).")
    Integer csp;

    @Option(names = "--third-party-client", arity = "1", paramLabel = "yes|no", converter = BooleanConverter.class,
            description = "Seize (yes) or release (no) an \"MX - Extension 3rd party device\" license.")
    Boolean thirdPartyClient;

    @Spec
    CommandSpec spec;

    private final Services services;

    ExtensionCommand(Services services) {
        this.services = services;
    }

    @Override
    public Required required() {
        return action.print ? new Required("extension -p", Permission.EXTENSION_READ)
                : new Required(action.initiate ? "extension -i" : action.change ? "extension -c" : "extension -e",
                Permission.EXTENSION_CHANGE);
    }

    @Override
    public String call() {
        if (action.print) {
            Options.notWith(spec, "-p", "-l", lim, "--csp", csp, "--third-party-client", thirdPartyClient);
            return print(options.selectionOrAll());
        }
        if (action.initiate) {
            DirectoryNumber d = Options.single(spec, "-i", options.dir);
            services.extensions().create(d, lim == null ? Lim.DEFAULT : lim, csp == null ? 0 : csp,
                    Boolean.TRUE.equals(thirdPartyClient));
            return "Extension " + d + " initiated.\n";
        }
        if (action.change) {
            DirectoryNumber d = Options.single(spec, "-c", options.dir);
            if (lim == null && csp == null && thirdPartyClient == null) {
                throw Options.error(spec, "Nothing to change: give -l, --csp or --third-party-client with -c");
            }
            services.extensions().change(d, lim, csp, thirdPartyClient);
            return "Extension " + d + " changed.\n";
        }
        Options.notWith(spec, "-e", "-l", lim, "--csp", csp, "--third-party-client", thirdPartyClient);
        DirectoryNumber d = Options.single(spec, "-e", options.dir);
        services.extensions().erase(d);
        return "Extension " + d + " erased.\n";
    }

    private String print(DirectorySelection selection) {
        StringBuilder out = new StringBuilder();
        ExtensionPrintouts.EXTENSION.appendHeader(out);
        ExtensionPages.select(services.info(), selection, null,
                rows -> ExtensionPrintouts.EXTENSION.appendRows(out, rows));
        return out.toString();
    }
}
