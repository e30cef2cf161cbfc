package org.dlc.command;

import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.ExtensionInfo;
import org.dlc.handset.Ipei;
import org.dlc.security.Permission;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dect_extension -i|-e|-p}: the DECT subscription of an extension. */
@Command(name = "dect_extension", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"dect_extension -i -d <dir> --ipei <ipei> --authentication-key <key>",
                "       dect_extension -e -d <dir>",
                "       dect_extension -p [-d <dir|a..b|all>]"},
        description = "Initiates (-i), erases (-e) or prints (-p) DECT subscriptions of extensions.")
final class DectExtensionCommand implements Guarded {

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

    @Mixin
    ExtensionOptions options;

    @Option(names = "--ipei", paramLabel = "<ipei>", converter = Converters.IpeiConverter.class,
            description = "IPEI: 5-digit EMC, 7-digit serial number, check digit or '*' (blanks allowed).")
    Ipei ipei;

    @Option(names = "--authentication-key", paramLabel = "<key>", converter = Converters.AuthenticationKeyConverter.class,
            description = "Authentication key, 1..8 digits.")
    @SecretOption
    String authenticationKey;

    @Spec
    CommandSpec spec;

    private final Services services;

    DectExtensionCommand(Services services) {
        this.services = services;
    }

    @Override
    public Required required() {
        return action.print ? new Required("dect_extension -p", Permission.EXTENSION_READ)
                : new Required(action.initiate ? "dect_extension -i" : "dect_extension -e", Permission.SUBSCRIPTION_CHANGE);
    }

    @Override
    public String call() {
        if (action.print) {
            Options.notWith(spec, "-p", "--ipei", ipei, "--authentication-key", authenticationKey);
            return print(options.selectionOrAll());
        }
        if (action.initiate) {
            DirectoryNumber d = Options.single(spec, "-i", options.dir);
            Options.required(spec, "-i", "--ipei <ipei>", "13 characters: EMC, serial number, check digit", ipei);
            Options.required(spec, "-i", "--authentication-key <key>", "1..8 digits", authenticationKey);
            services.subscriptions().subscribe(d, ipei, authenticationKey);
            return "DECT extension " + d + " initiated.\n";
        }
        Options.notWith(spec, "-e", "--ipei", ipei, "--authentication-key", authenticationKey);
        DirectoryNumber d = Options.single(spec, "-e", options.dir);
        services.subscriptions().unsubscribe(d);
        return "DECT extension " + d + " erased.\n";
    }

    private String print(DirectorySelection selection) {
        StringBuilder out = new StringBuilder();
        ExtensionPrintouts.DECT_EXTENSION.appendHeader(out);
        ExtensionPages.select(services.info(), selection, ExtensionInfo.DECT,
                rows -> ExtensionPrintouts.DECT_EXTENSION.appendRows(out, rows));
        return out.toString();
    }
}
