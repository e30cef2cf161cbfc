package org.dlc.system;

import java.nio.file.Path;

/** The one setting for where the product keeps its state: system property {@code dlc.data.dir}. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path path() {
        String configured = System.getProperty("dlc.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "."), "dlc");
    }
}
