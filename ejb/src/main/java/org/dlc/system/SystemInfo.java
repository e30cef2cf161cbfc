package org.dlc.system;

import java.time.Instant;

/** What an operator is running: product, persistence provider, database, and when the server started. */
public record SystemInfo(String product, String productVersion,
                         String jpaProvider, String jpaProviderVersion,
                         String databaseProduct, String databaseVersion,
                         Instant serverStartedAt, String dataDirectory) {
}
