package org.dlc.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "dlc-tools", mixinStandardHelpOptions = true,
        subcommands = {LicenseCommands.Keygen.class, LicenseCommands.Sign.class, LicenseVerifyCommand.class, SimulateCommand.class, MigrateCommand.class, DemoCommand.class},
        description = "License signing, a DECT handset simulator, the migration of a system from before enforcement and the demo loader for DECT License Control.")
public final class DlcTools implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DlcTools()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
