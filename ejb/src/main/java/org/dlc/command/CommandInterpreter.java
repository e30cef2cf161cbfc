package org.dlc.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.security.Permission;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;
import org.dlc.shared.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Runs one MX-ONE command line: splits it like a shell, picks the command by its first word and lets picocli
 * parse the options into a fresh command object (picocli objects are not thread-safe), which calls the
 * services, once the caller is found to have the {@link Permission} the parsed command line needs (a refusal
 * names the command and the permission, and nothing runs). Never throws: every outcome is a {@link CommandResult}.
 */
public final class CommandInterpreter {

    /** Longest command line accepted. */
    public static final int MAX_LINE_LENGTH = 4096;

    private static final Logger LOG = Logger.getLogger(CommandInterpreter.class.getName());

    /** One line per command, for {@code help} and for unknown commands. */
    private static final Map<String, String> SUMMARIES = new LinkedHashMap<>();
    private static final Map<String, Function<Services, Guarded>> COMMANDS = new LinkedHashMap<>();

    static {
        command("extension", ExtensionCommand::new,
                "-i|-c|-e -d <dir> [-l <lim>] [--csp <csp>] [--third-party-client yes|no], -p [-d <dir>]");
        command("dect_extension", DectExtensionCommand::new,
                "-i -d <dir> --ipei <ipei> --authentication-key <key>, -e -d <dir>, -p [-d <dir>]");
        command("extension_info", ExtensionInfoCommand::new,
                "-d <dir|a..b|all> --terminal-info [--terminal-type DECT|SIP]");
        command("diagnostic_print", DiagnosticPrintCommand::new, "[--clear]");
        command("alarm", AlarmCommand::new,
                "-p [--format short|full] [--handle <handle>], -e --handle <handle>|--all, --noticed --handle <handle>");
        command("license_status", LicenseStatusCommand::new, "");
        SUMMARIES.put("help", "[<command>]");
    }

    /** The options marked {@link SecretOption} in every command (the commands are built without services). */
    private static final SecretOptions SECRETS = SecretOptions.of(COMMANDS.values().stream()
            .map(factory -> factory.apply(null)).toList());

    private static void command(String name, Function<Services, Guarded> factory, String summary) {
        COMMANDS.put(name, factory);
        SUMMARIES.put(name, summary);
    }

    private final Services services;
    private final Predicate<Permission> granted;

    /** @param granted whether the caller has a permission */
    public CommandInterpreter(Services services, Predicate<Permission> granted) {
        this.services = services;
        this.granted = granted;
    }

    public CommandResult execute(String commandLine) {
        try {
            return run(commandLine);
        } catch (ParameterException e) {
            String message = e.getMessage().startsWith("Error: ") ? e.getMessage().substring(7) : e.getMessage();
            return CommandResult.error(CommandResult.BAD_REQUEST, message + "\n" + synopsis(e.getCommandLine()));
        } catch (Exception e) {
            return failure(e);
        }
    }

    private CommandResult run(String commandLine) throws Exception {
        if (commandLine != null && commandLine.length() > MAX_LINE_LENGTH) {
            return CommandResult.error(CommandResult.BAD_REQUEST, "The command line is too long: at most "
                    + MAX_LINE_LENGTH + " characters, was " + commandLine.length() + ".");
        }
        List<String> words = CommandLineTokenizer.tokenize(commandLine);
        if (words.isEmpty()) {
            return CommandResult.error(CommandResult.BAD_REQUEST, "No command given.\n" + commandList());
        }
        String name = words.get(0);
        String[] args = words.subList(1, words.size()).toArray(String[]::new);
        if (name.equals("help")) {
            return help(args);
        }
        Function<Services, Guarded> factory = COMMANDS.get(name);
        if (factory == null) {
            return unknown(name);
        }
        CommandLine cl = commandLine(factory.apply(services));
        cl.parseArgs(args);
        if (cl.isUsageHelpRequested()) {
            return CommandResult.ok(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        Guarded command = cl.getCommand();
        Guarded.Required required = command.required();
        if (!granted.test(required.permission())) {
            return CommandResult.error(CommandResult.FORBIDDEN, required.permission().refusal(required.what())
                    + ". Nothing was changed.");
        }
        return CommandResult.ok(command.call());
    }

    private CommandResult help(String[] args) {
        if (args.length == 0) {
            return CommandResult.ok(commandList());
        }
        Function<Services, Guarded> factory = COMMANDS.get(args[0]);
        if (factory == null || args.length > 1) {
            return args.length > 1 ? CommandResult.error(CommandResult.BAD_REQUEST, "Usage: help [<command>]\n"
                    + commandList()) : unknown(args[0]);
        }
        return CommandResult.ok(commandLine(factory.apply(services)).getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    private static CommandResult unknown(String name) {
        return CommandResult.error(CommandResult.BAD_REQUEST, "Unknown command '"
                + (name.length() > 40 ? name.substring(0, 40) + "..." : name) + "'.\n" + commandList());
    }

    static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setExpandAtFiles(false); // never read files named on a command line
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOverwrittenOptionsAllowed(false);
        return cl;
    }

    /**
     * The command line as it may be written into a log or a record: the values of secret options masked
     * (see {@link SecretOptions}).
     */
    public static String masked(String commandLine) {
        return SECRETS.mask(commandLine);
    }

    /** The commands and their options in brief. */
    public static String commandList() {
        StringBuilder out = new StringBuilder("Commands:\n");
        SUMMARIES.forEach((name, summary) -> {
            out.append("  ").append(name);
            if (!summary.isEmpty()) {
                out.append(" ".repeat(Math.max(1, 18 - name.length()))).append(summary);
            }
            out.append('\n');
        });
        out.append("Type help <command> for a command's options.\n");
        return out.toString();
    }

    private static String synopsis(CommandLine cl) {
        return cl == null ? "" : "Usage: " + cl.getHelp().synopsis("Usage: ".length()).stripTrailing() + "\n";
    }

    /** The rules' exceptions become their status with their message; anything else is an internal error. */
    static CommandResult failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                return CommandResult.error(CommandResult.BAD_REQUEST, t.getMessage());
            }
            if (t instanceof NotFoundException) {
                return CommandResult.error(CommandResult.NOT_FOUND, t.getMessage());
            }
            if (t instanceof ConflictException) {
                return CommandResult.error(CommandResult.CONFLICT, t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        LOG.log(Level.WARNING, "command failed", e);
        return CommandResult.error(CommandResult.INTERNAL_ERROR, "Internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
