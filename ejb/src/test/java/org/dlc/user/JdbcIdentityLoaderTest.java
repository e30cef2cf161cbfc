package org.dlc.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.dlc.user.IdentityCache.StoredIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm's one statement per look-up, on a real Derby (in memory) with the tables as the application maps them. */
class JdbcIdentityLoaderTest {

    private static final String URL = "jdbc:derby:memory:identities;create=true";
    private static final DataSource DERBY = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    return DriverManager.getConnection(URL);
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final JdbcIdentityLoader loader = new JdbcIdentityLoader(DERBY);

    @BeforeAll
    static void tables() throws SQLException {
        try (Connection c = DERBY.getConnection(); Statement s = c.createStatement()) {
            // As EclipseLink creates them on Derby from META-INF/orm.xml.
            s.executeUpdate("CREATE TABLE DLC_USER (NAME VARCHAR(32) NOT NULL PRIMARY KEY, MUST_CHANGE_PASSWORD SMALLINT"
                    + " DEFAULT 0 NOT NULL, PASSWORD_HASH VARCHAR(64) NOT NULL, PASSWORD_ITERATIONS INTEGER NOT NULL,"
                    + " PASSWORD_SALT VARCHAR(64) NOT NULL, ROLE_NAME VARCHAR(16) NOT NULL)");
            s.executeUpdate("CREATE TABLE API_TOKEN (PRINCIPAL VARCHAR(48) NOT NULL PRIMARY KEY, CREATED_AT BIGINT NOT NULL,"
                    + " LABEL VARCHAR(64) NOT NULL, TOKEN_HASH VARCHAR(64) NOT NULL, TOKEN_ITERATIONS INTEGER NOT NULL,"
                    + " TOKEN_SALT VARCHAR(64) NOT NULL, USER_NAME VARCHAR(32) NOT NULL)");
        }
        user("alice", PasswordHash.of("alice's password".toCharArray()), "operator", true);
        user("dect", PasswordHash.of("dect secret".toCharArray(), PasswordHash.SECRET_ITERATIONS), "dect-controller", false);
        PasswordHash token = PasswordHash.of("token secret".toCharArray(), PasswordHash.SECRET_ITERATIONS);
        try (Connection c = DERBY.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO API_TOKEN VALUES ('alice~0a1b2c3d4e5f', 0, 'nightly', ?, ?, ?, 'alice')")) {
            s.setString(1, token.hash());
            s.setInt(2, token.iterations());
            s.setString(3, token.salt());
            s.executeUpdate();
        }
    }

    private static void user(String name, PasswordHash h, String role, boolean mustChange) throws SQLException {
        try (Connection c = DERBY.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO DLC_USER VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, name);
            s.setInt(2, mustChange ? 1 : 0);
            s.setString(3, h.hash());
            s.setInt(4, h.iterations());
            s.setString(5, h.salt());
            s.setString(6, role);
            s.executeUpdate();
        }
    }

    @Test
    void a_person_is_read_with_credential_role_and_the_password_to_change() {
        StoredIdentity alice = loader.load("alice").orElseThrow();
        assertTrue(alice.credential().matches("alice's password".toCharArray()));
        assertEquals(PasswordHash.ITERATIONS, alice.credential().iterations());
        assertEquals(Role.OPERATOR, alice.role());
        assertTrue(alice.mustChangePassword());
        StoredIdentity dect = loader.load("dect").orElseThrow();
        assertEquals(Role.DECT_CONTROLLER, dect.role());
        assertFalse(dect.mustChangePassword());
        assertFalse(dect.toString().contains(dect.credential().hash()), "no hash in " + dect);
    }

    @Test
    void a_token_is_read_with_its_persons_role_of_the_moment() throws SQLException {
        StoredIdentity token = loader.load("alice~0a1b2c3d4e5f").orElseThrow();
        assertTrue(token.credential().matches("token secret".toCharArray()));
        assertEquals(Role.OPERATOR, token.role());
        assertFalse(token.mustChangePassword(), "a token is not the password");
        try (Connection c = DERBY.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE DLC_USER SET ROLE_NAME = 'read-only' WHERE NAME = 'alice'");
            assertEquals(Role.READ_ONLY, loader.load("alice~0a1b2c3d4e5f").orElseThrow().role());
            s.executeUpdate("UPDATE DLC_USER SET ROLE_NAME = 'operator' WHERE NAME = 'alice'");
        }
    }

    @Test
    void nobody_is_empty() {
        assertEquals(Optional.empty(), loader.load("bob"));
        assertEquals(Optional.empty(), loader.load("alice~ffffffffffff"));
        assertEquals(Optional.empty(), loader.load("dect~0a1b2c3d4e5f"), "a token id under another person");
    }
}
