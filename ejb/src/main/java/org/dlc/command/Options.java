package org.dlc.command;

import org.dlc.extension.DirectoryNumber;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks between options that annotations cannot express, with picocli-style messages. */
final class Options {

    private Options() {
    }

    static ParameterException error(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The single directory number an action needs. */
    static DirectoryNumber single(CommandSpec spec, String action, DirectorySelection dir) {
        if (dir == null) {
            throw error(spec, "Missing required option: '-d <dir>' (directory number, 2..20 digits) with " + action);
        }
        if (!dir.single()) {
            throw error(spec, "Invalid value for option '-d': must be a single directory number (2..20 digits) with "
                    + action + ", not a range or all");
        }
        return dir.dir();
    }

    static void required(CommandSpec spec, String action, String option, String what, Object value) {
        if (value == null) {
            throw error(spec, "Missing required option: '" + option + "' (" + what + ") with " + action);
        }
    }

    /**
     * Refuses options that mean nothing with this action: pairs of option name and value, null when the
     * option was not given (pass {@code flag ? true : null} for flags).
     */
    static void notWith(CommandSpec spec, String action, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                throw error(spec, "Option '" + namesAndValues[i] + "' cannot be used with " + action);
            }
        }
    }
}
