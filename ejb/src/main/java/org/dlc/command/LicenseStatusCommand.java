package org.dlc.command;

import org.dlc.security.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code license_status}: the "MX - Extension 3rd party device" licenses. */
@Command(name = "license_status", separator = " ", sortSynopsis = false,
        customSynopsis = {"license_status"},
        description = "Prints the third party device licenses: allowed, used, free and needed.")
final class LicenseStatusCommand implements Guarded {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private final Services services;

    LicenseStatusCommand(Services services) {
        this.services = services;
    }

    @Override
    public Required required() {
        return new Required("license_status", Permission.LICENSE_READ);
    }

    @Override
    public String call() {
        return LicenseStatusPrintout.format(services.licenses().status());
    }
}
