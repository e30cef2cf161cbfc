package org.dlc.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.dlc.user.IdentityCache.StoredIdentity;

/**
 * The realm's database read: one statement on a connection of the application's datasource (DlcDS), outside any
 * transaction and without a caller (the realm runs before the request has one). A person's row (DLC_USER, mapped
 * by {@link UserAccount}) or a token's (API_TOKEN, {@link ApiToken}) with its person's role of the moment; a token
 * is known under {@code <person>~<id>}, a name no user can have.
 */
public final class JdbcIdentityLoader implements IdentityCache.Loader {

    static final String PERSON = "SELECT PASSWORD_HASH, PASSWORD_SALT, PASSWORD_ITERATIONS, ROLE_NAME,"
            + " MUST_CHANGE_PASSWORD FROM DLC_USER WHERE NAME = ?";
    static final String TOKEN = "SELECT t.TOKEN_HASH, t.TOKEN_SALT, t.TOKEN_ITERATIONS, u.ROLE_NAME"
            + " FROM API_TOKEN t JOIN DLC_USER u ON u.NAME = t.USER_NAME WHERE t.PRINCIPAL = ?";

    private final DataSource dataSource;

    public JdbcIdentityLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<StoredIdentity> load(String principal) {
        boolean token = principal.indexOf(ApiToken.SEPARATOR) >= 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(token ? TOKEN : PERSON)) {
            s.setString(1, principal);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                PasswordHash credential = new PasswordHash(r.getString(1), r.getString(2), r.getInt(3));
                return Optional.of(new StoredIdentity(credential, Role.of(r.getString(4)), !token && r.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the identity " + principal + " failed: " + e.getMessage(), e);
        }
    }
}
