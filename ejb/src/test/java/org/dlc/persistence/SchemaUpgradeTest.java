package org.dlc.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index upgrade on a real Derby (in memory), as on a database from before the index. */
class SchemaUpgradeTest {

    @Test
    void createsTheMissingIndexOnceAndThenFindsIt() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:schema-upgrade;create=true")) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE ALARM (HANDLE BIGINT PRIMARY KEY, CODE INTEGER NOT NULL,"
                        + " ADDITIONAL_TEXT VARCHAR(256) NOT NULL, CLEARED_AT BIGINT)");
                s.executeUpdate("CREATE INDEX ALARM_ACTIVE ON ALARM (CODE, CLEARED_AT)");
            }
            SchemaUpgrade.Index index = SchemaUpgrade.INDEXES.get(0);
            assertEquals(List.of(index), SchemaUpgrade.run(c), "created on the old schema");
            assertEquals(List.of("CODE", "ADDITIONAL_TEXT", "CLEARED_AT"), columns(c, "ALARM_ACTIVE_TEXT"));
            assertEquals(List.of(), SchemaUpgrade.run(c), "the next start finds it");
            assertTrue(SchemaUpgrade.exists(c, index));
        }
    }

    /** The columns of an index, in order, as the database reports them. */
    private static List<String> columns(Connection c, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getIndexInfo(null, null, "ALARM", false, false)) {
            while (r.next()) {
                if (index.equals(r.getString("INDEX_NAME"))) {
                    columns.add(r.getShort("ORDINAL_POSITION") - 1, r.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
