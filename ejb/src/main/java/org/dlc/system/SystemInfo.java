package org.dlc.system;

import java.time.Instant;

/**
 * What an operator is running: product, persistence provider, database, when the server started, where its data
 * is, whether it runs in development mode ({@link DevelopmentMode}: trusts the development license key), and the
 * public half of the key that signs its exports (install it as a trusted export key on a server that is to import
 * them).
 */
public record SystemInfo(String product, String productVersion,
                         String jpaProvider, String jpaProviderVersion,
                         String databaseProduct, String databaseVersion,
                         Instant serverStartedAt, String dataDirectory,
                         boolean developmentMode, String exportKeyFingerprint, String exportPublicKey) {
}
