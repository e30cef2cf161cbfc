package org.dlc.user;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;
import org.dlc.web.FormCheck;
import org.dlc.web.ListSearch;

/**
 * The users page (admin): create users with a role and an initial password, change roles, reset, delete.
 * A DECT controller is created without a password; its secret is generated and shown once, like a new one.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService users;

    @Inject
    private Access access;

    private final ListSearch search = ListSearch.fromAddress();
    private transient List<UserAccount> list;
    private String name;
    private String role = Role.READ_ONLY.roleName();
    private String password;
    /** The user whose password the reset dialog sets, and the password typed there (not the create form's). */
    private String resetUser;
    private String resetPassword;

    public List<UserAccount> getUsers() {
        if (list == null) {
            list = search.filter(users.list(), u -> u.name() + " " + u.role().roleName());
        }
        return list;
    }

    /** The search box: by name or role ({@code ?q=}). */
    public ListSearch getSearch() {
        return search;
    }

    public void search() {
        search.apply();
        list = null;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        if (Role.DECT_CONTROLLER.roleName().equals(role) && (password == null || password.isEmpty())) {
            String controller = name;
            if (access.may(Permission.USER_MANAGE) && Faces.attempt("users.refused",
                    () -> Faces.info("users.secretIssued", controller, users.createDectController(controller)))) {
                name = null;
                list = null;
            }
            return;
        }
        FormCheck form = new FormCheck(FormCheck.field("name", "f:name", "users.name"),
                FormCheck.field("password", "f:password", "users.password"),
                FormCheck.field("role", "f:role", "users.role"));
        char[] typed = password == null ? null : password.toCharArray();
        // Each field on its own first, so that a bad name and a bad password show together.
        form.value(() -> UserAccount.checkName(name));
        form.value(() -> {
            UserAccount.checkPassword(typed);
            return typed;
        });
        Role chosen = form.value(() -> Role.of(role));
        if (access.may(Permission.USER_MANAGE) && form.attempt("users.refused", () -> users.create(name, typed, chosen))) {
            Faces.info("users.created", name);
            name = null;
            password = null;
            list = null;
        }
    }

    public void changeRole(String user, String newRole) {
        if (access.may(Permission.USER_MANAGE) && Faces.attempt("users.refused", () -> users.changeRole(user, Role.of(newRole)))) {
            Faces.info("users.roleChanged", user, newRole);
            list = null;
        }
    }

    /** The roles a person's account can have (a dect-controller is a machine's: never a person's). */
    public List<String> getPersonRoles() {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.DECT_CONTROLLER).map(Role::roleName).toList();
    }

    public String roleChangeQuestion(String user, String newRole) {
        return Faces.text("users.roleChangeConfirm", user, newRole);
    }

    /** Opens the reset dialog for this user, its password box empty. */
    public void startReset(String user) {
        resetUser = user;
        resetPassword = null;
    }

    public void resetPassword() {
        String user = resetUser;
        FormCheck form = new FormCheck(FormCheck.field("password", "reset-form:reset-password", "users.resetPassword"));
        if (access.may(Permission.USER_MANAGE) && form.attempt("users.refused",
                () -> users.resetPassword(user, resetPassword == null ? null : resetPassword.toCharArray()))) {
            Faces.info("users.passwordReset", user);
            resetPassword = null;
            list = null;
        }
    }

    public String getResetUser() {
        return resetUser;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }

    public void issueSecret(String controller) {
        if (access.may(Permission.USER_MANAGE) && Faces.attempt("users.refused",
                () -> Faces.info("users.secretIssued", controller, users.issueSecret(controller)))) {
            list = null;
        }
    }

    public void delete(String user) {
        if (access.may(Permission.USER_MANAGE) && Faces.attempt("users.refused", () -> users.delete(user))) {
            Faces.info("users.deleted", user);
            list = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
