package org.dlc.tools;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One handset subscribing: access rights, then location registration. */
@Command(name = "simulate", description = "Subscribes and location-registers one DECT handset through the DECT endpoints.")
final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--ipei", required = true, description = "IPEI, e.g. '00019 0592015 3'.")
    String ipei;

    @Option(names = "--auth-code", required = true, description = "Authentication code (1..8 digits).")
    String authCode;

    @Option(names = "--manic", description = "Manufacturer code 0..65535 (omit both for a blank handset).")
    Integer manic;

    @Option(names = "--modic", description = "Model code 0..255.")
    Integer modic;

    @Option(names = "--location-only", description = "Skip access rights (the handset is already subscribed).")
    boolean locationOnly;

    @Override
    public Integer call() {
        HandsetSimulator handset = new HandsetSimulator(DlcClient.fromEnvironment());
        if (!locationOnly) {
            HandsetSimulator.Answer access = handset.accessRights(ipei, authCode);
            System.out.println("access rights: " + access.result() + " (" + access.display() + ")");
            if (!access.accepted()) {
                return 1;
            }
        }
        HandsetSimulator.Answer location = handset.locationRegistration(ipei, manic, modic);
        System.out.println("location registration: " + location.result() + " (" + location.display() + ")");
        return location.accepted() ? 0 : 1;
    }
}
