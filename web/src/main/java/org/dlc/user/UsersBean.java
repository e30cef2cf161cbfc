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

    private transient List<UserAccount> list;
    private String name;
    private String role = Role.READ_ONLY.roleName();
    private String password;

    public List<UserAccount> getUsers() {
        if (list == null) {
            list = users.list();
        }
        return list;
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
        if (access.may(Permission.USER_MANAGE) && Faces.attempt("users.refused",
                () -> users.create(name, password == null ? null : password.toCharArray(), Role.of(role)))) {
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

    public void resetPassword(String user) {
        if (access.may(Permission.USER_MANAGE) && Faces.attempt("users.refused",
                () -> users.resetPassword(user, password == null ? null : password.toCharArray()))) {
            Faces.info("users.passwordReset", user);
            password = null;
            list = null;
        }
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
