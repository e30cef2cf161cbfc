package org.dlc.user;

import java.util.Arrays;
import org.dlc.shared.InvalidInputException;

/** What a user may do. The names are the roles the server's security domain gives the pages and the API. */
public enum Role {
    /** Everything: licenses, catalogue, users, and all an operator does. */
    ADMIN("admin"),
    /** Extensions, DECT subscriptions, clearing alarms and the diagnostic list. */
    OPERATOR("operator"),
    /** Every view, no change. */
    READ_ONLY("read-only");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Role of(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("role", "must be admin, operator or read-only, was '"
                        + roleName + "'"));
    }
}
