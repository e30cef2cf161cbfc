package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Users of the server under test: the first administrator (its initial password changed) and made-up ones. */
public final class Users {

    public static final String ADMIN = "admin";
    /** As documented in the README. */
    public static final String INITIAL_ADMIN_PASSWORD = "change-me-now";
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static volatile String adminPassword = INITIAL_ADMIN_PASSWORD;

    private Users() {
    }

    public static String adminPassword() {
        return adminPassword;
    }

    /** A fresh database has the first administrator, who must change the password before anything else. */
    static void changeInitialAdminPassword() {
        Api.Reply r = Api.as(ADMIN, INITIAL_ADMIN_PASSWORD, () -> Api.put("/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + INITIAL_ADMIN_PASSWORD + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"));
        assertEquals(200, r.status(), r.body());
        adminPassword = ADMIN_PASSWORD;
    }

    /**
     * One user of each role, ready to work (the administrator, and {@code prefix}-operator, -viewer, -dect made now):
     * name and password (a dect-controller's generated secret) per role.
     */
    static java.util.Map<org.dlc.user.Role, String[]> oneOfEachRole(String prefix) {
        java.util.Map<org.dlc.user.Role, String[]> users = new java.util.LinkedHashMap<>();
        users.put(org.dlc.user.Role.ADMIN, new String[] {ADMIN, adminPassword()});
        users.put(org.dlc.user.Role.OPERATOR, new String[] {prefix + "-operator", ready(prefix + "-operator", "operator")});
        users.put(org.dlc.user.Role.READ_ONLY, new String[] {prefix + "-viewer", ready(prefix + "-viewer", "read-only")});
        Api.Reply dect = Api.post("/api/users", "{\"name\":\"" + prefix + "-dect\",\"role\":\"dect-controller\"}");
        assertEquals(201, dect.status(), dect.body());
        users.put(org.dlc.user.Role.DECT_CONTROLLER, new String[] {prefix + "-dect", dect.json().getString("secret")});
        return users;
    }

    /**
     * Creates a user with a role (as the administrator) and changes the initial password as that user, so the
     * user is ready to work. @return the password
     */
    public static String ready(String name, String role) {
        String initial = name + "-initial-pw";
        String password = name + "-password";
        Api.Reply created = Api.post("/api/users",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\"" + initial + "\"}");
        assertEquals(201, created.status(), created.body());
        Api.Reply changed = Api.as(name, initial, () -> Api.put("/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + initial + "\",\"password\":\"" + password + "\"}"));
        assertEquals(200, changed.status(), changed.body());
        return password;
    }
}
