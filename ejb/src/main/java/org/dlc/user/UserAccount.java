package org.dlc.user;

import org.dlc.shared.InvalidInputException;

/**
 * Someone who may log in: name, password hash (verified by the server's security realm) and one role.
 * The first administrator starts with a documented password that must be changed.
 */
public class UserAccount {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private String name;
    private String passwordHash;
    private String passwordSalt;
    private int passwordIterations;
    private String role;
    private boolean mustChangePassword;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String name, char[] password, Role role, boolean mustChangePassword) {
        this.name = checkName(name);
        setPassword(password);
        this.role = role.roleName();
        this.mustChangePassword = mustChangePassword;
    }

    static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{2,32}")) {
            throw new InvalidInputException("name", "must be 2..32 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH || password.length > 128) {
            throw new InvalidInputException("password", "must be " + MIN_PASSWORD_LENGTH + "..128 characters");
        }
    }

    private void setPassword(char[] password) {
        checkPassword(password);
        PasswordHash h = PasswordHash.of(password);
        passwordHash = h.hash();
        passwordSalt = h.salt();
        passwordIterations = h.iterations();
    }

    /** The user's own change: needs the current password; the new one must differ. */
    public void changePassword(char[] current, char[] newPassword) {
        if (!passwordMatches(current)) {
            throw new InvalidInputException("currentPassword", "is not the current password");
        }
        if (passwordMatches(newPassword)) {
            throw new InvalidInputException("password", "must differ from the current password");
        }
        setPassword(newPassword);
        mustChangePassword = false;
    }

    /** An administrator sets a new password; the user must change it at the next login. */
    public void resetPassword(char[] newPassword) {
        setPassword(newPassword);
        mustChangePassword = true;
    }

    public boolean passwordMatches(char[] password) {
        return password != null && new PasswordHash(passwordHash, passwordSalt, passwordIterations).matches(password);
    }

    public void changeRole(Role newRole) {
        role = newRole.roleName();
    }

    public String name() {
        return name;
    }

    public Role role() {
        return Role.of(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
