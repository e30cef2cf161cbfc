package org.dlc.command;

/**
 * What a command line gave: an HTTP-like status and the text to show (always ending with a newline).
 * <ul>
 * <li>200: done; the output is the printout or the confirmation.</li>
 * <li>400: unknown command, unknown option, missing or invalid value (names the option or field and what it allows).</li>
 * <li>403: the caller lacks the permission the command needs (named); nothing was run.</li>
 * <li>404: the named extension, subscription or alarm does not exist.</li>
 * <li>409: clashes with the current state (already exists, no free license); nothing was changed.</li>
 * <li>500: an unexpected failure.</li>
 * </ul>
 */
public record CommandResult(int status, String output) {

    public static final int OK = 200;
    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int INTERNAL_ERROR = 500;

    public CommandResult {
        output = output == null || output.isEmpty() ? "\n" : output.endsWith("\n") ? output : output + "\n";
    }

    public static CommandResult ok(String output) {
        return new CommandResult(OK, output);
    }

    public static CommandResult error(int status, String output) {
        return new CommandResult(status, output);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
