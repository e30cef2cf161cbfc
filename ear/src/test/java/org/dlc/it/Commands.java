package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** External commands of the tests (keytool, PostgreSQL's tools, ip, curl): run to the end, output kept for the failure. */
final class Commands {

    private Commands() {
    }

    /** What a command did: its exit status and its output (stderr included). */
    record Result(int exit, String out) {
    }

    /**
     * Runs {@code command} (stderr into its output) to its end, whatever its exit status; fails when it takes longer
     * than {@code seconds}.
     */
    static Result result(ProcessBuilder command, long seconds) {
        try {
            Process p = command.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command.command()) + " still running after "
                        + seconds + " s: " + out);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command} and answers its output (stderr included); fails naming the command when it exits non-zero. */
    static String run(List<String> command) {
        return run(command, java.util.Map.of());
    }

    /** The same, with these environment variables on top of the test JVM's. */
    static String run(List<String> command, java.util.Map<String, String> environment) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(environment);
        Result r = result(pb, 600);
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r.out());
        }
        return r.out();
    }
}
