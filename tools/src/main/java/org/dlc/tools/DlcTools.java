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
        System.exit(commandLine().execute(args));
    }

    /**
     * The tools as the command line runs them: every error is one line on stderr with a non-zero exit status, never
     * a stack trace ({@link DlcClient.Failure} says what the server refused and why). A usage error exits with 2,
     * any other error with 1.
     */
    public static CommandLine commandLine() {
        CommandLine tools = new CommandLine(new DlcTools());
        tools.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(e));
            return 1;
        });
        tools.setParameterExceptionHandler((e, args) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(e) + " (see "
                    + cl.getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        return tools;
    }

    /** The message of {@code e} on one line; an exception without a message is named by its kind and its cause's. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (!(e instanceof DlcClient.Failure) && e.getCause() != null && e.getCause().getMessage() != null
                && (message == null || message.equals(e.getCause().toString()))) {
            message = e.getCause().getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
