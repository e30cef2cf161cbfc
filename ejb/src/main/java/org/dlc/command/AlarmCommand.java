package org.dlc.command;

import java.util.List;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.shared.NotFoundException;
import org.dlc.security.Permission;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code alarm -p [--format full] [--handle N]}, {@code alarm -e --handle N|--all}, {@code alarm --noticed --handle N}. */
@Command(name = "alarm", separator = " ", sortOptions = false, sortSynopsis = false,
        customSynopsis = {"alarm -p [--format short|full] [--handle <handle>]",
                "       alarm -e --handle <handle>|--all",
                "       alarm --noticed --handle <handle>"},
        description = "Prints (-p), erases (-e) or marks as noticed (--noticed) alarms.")
final class AlarmCommand implements Guarded {

    static final class Action {
        @Option(names = "-p", description = "Print the active alarms (or the one with --handle).")
        boolean print;
        @Option(names = "-e", description = "Erase (clear) the alarm with --handle, or --all.")
        boolean erase;
        @Option(names = "--noticed", description = "Mark the alarm with --handle as noticed.")
        boolean noticed;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Option(names = "--format", paramLabel = "short|full", converter = Converters.AlarmFormatConverter.class,
            description = "With -p: short (the list, default) or full (every field).")
    String format;

    @Option(names = "--handle", paramLabel = "<handle>", converter = Converters.HandleConverter.class,
            description = "Alarm handle.")
    Long handle;

    @Option(names = "--all", description = "With -e: every active alarm.")
    boolean all;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Services services;

    AlarmCommand(Services services) {
        this.services = services;
    }

    @Override
    public Required required() {
        return action.print ? new Required("alarm -p", Permission.ALARM_READ)
                : new Required(action.erase ? "alarm -e" : "alarm --noticed", Permission.ALARM_CHANGE);
    }

    @Override
    public String call() {
        if (action.print) {
            Options.notWith(spec, "-p", "--all", all ? true : null);
            List<AlarmSnapshot> alarms = handle == null ? services.alarms().active() : List.of(find(handle));
            return "full".equals(format) ? AlarmPrintout.full(alarms, services.zone()) : AlarmPrintout.list(alarms);
        }
        if (action.erase) {
            Options.notWith(spec, "-e", "--format", format);
            if (all == (handle != null)) {
                throw Options.error(spec, all ? "Options '--handle' and '--all' cannot be used together with -e"
                        : "Missing required option: '--handle <handle>' or '--all' with -e");
            }
            if (all) {
                return AlarmPrintout.clearedAll(services.alarms().clearAll());
            }
            return AlarmPrintout.cleared(handle, services.alarms().clear(handle));
        }
        Options.notWith(spec, "--noticed", "--format", format, "--all", all ? true : null);
        Options.required(spec, "--noticed", "--handle <handle>", "alarm handle", handle);
        services.alarms().notice(handle);
        return AlarmPrintout.noticed(handle);
    }

    private AlarmSnapshot find(long h) {
        return services.alarms().find(h).orElseThrow(() -> new NotFoundException("alarm handle " + h + " does not exist"));
    }
}
