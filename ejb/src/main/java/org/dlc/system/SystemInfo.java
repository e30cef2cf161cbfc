package org.dlc.system;

import java.time.Instant;

/**
 * What an operator is running: product, persistence provider, database, when the server started, where its data
 * is, and whether it runs in development mode ({@link DevelopmentMode}: trusts the development license key).
 */
public record SystemInfo(String product, String productVersion,
                         String jpaProvider, String jpaProviderVersion,
                         String databaseProduct, String databaseVersion,
                         Instant serverStartedAt, String dataDirectory,
                         boolean developmentMode) {
}
