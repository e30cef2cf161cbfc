package org.dlc.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What EclipseLink's {@code create-or-extend-tables} does not do: it adds columns to existing tables, but creates
 * indexes only with a new table. The indexes added after a table's first release are created here, on Derby and
 * PostgreSQL alike, when they are missing (a database from an earlier version); when two cluster nodes start at
 * once, the one that loses the race finds the index made by the other.
 */
public final class SchemaUpgrade {

    /** An index by table, name and columns. */
    public record Index(String table, String name, List<String> columns) {

        String ddl() {
            return "CREATE INDEX " + name + " ON " + table + " (" + String.join(", ", columns) + ")";
        }
    }

    /**
     * Alarm 12 and 14 repeats look up the active alarm by code and additional text (the directory number): with the
     * earlier index on code alone, every rejection read every active alarm of its code.
     */
    public static final List<Index> INDEXES = List.of(
            new Index("ALARM", "ALARM_ACTIVE_TEXT", List.of("CODE", "ADDITIONAL_TEXT", "CLEARED_AT")));

    private SchemaUpgrade() {
    }

    /**
     * Creates the missing indexes, each in a statement of its own (the connection in auto-commit: a failed statement
     * must not abort anything else on PostgreSQL). @return the indexes it created
     */
    public static List<Index> run(Connection connection) throws SQLException {
        List<Index> created = new ArrayList<>();
        for (Index index : INDEXES) {
            if (exists(connection, index)) {
                continue;
            }
            try (Statement s = connection.createStatement()) {
                s.executeUpdate(index.ddl());
                created.add(index);
            } catch (SQLException e) {
                // Made meanwhile by another node: Derby X0Y32 (exists), PostgreSQL 42P07 (duplicate relation).
                if (!exists(connection, index)) {
                    throw e;
                }
            }
        }
        return created;
    }

    static boolean exists(Connection connection, Index index) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean lower = meta.storesLowerCaseIdentifiers();
        String table = lower ? index.table().toLowerCase(Locale.ROOT) : index.table().toUpperCase(Locale.ROOT);
        try (ResultSet r = meta.getIndexInfo(null, null, table, false, false)) {
            while (r.next()) {
                if (index.name().equalsIgnoreCase(r.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
