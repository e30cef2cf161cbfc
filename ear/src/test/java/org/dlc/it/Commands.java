package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** External commands of the tests (keytool, PostgreSQL's tools, ip, curl): run to the end, output kept for the failure. */
final class Commands {

    private Commands() {
    }

    /** Runs {@code command} and answers its output (stderr included); fails naming the command when it exits non-zero. */
    static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
