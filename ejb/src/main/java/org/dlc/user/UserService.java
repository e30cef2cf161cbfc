package org.dlc.user;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dlc.shared.ConflictException;
import org.dlc.shared.NotFoundException;

/** The users the server's security realm checks logins against, and their roles. */
@Stateless
public class UserService {

    /** The first administrator, created on first start; the README documents the password. */
    public static final String INITIAL_ADMIN = "admin";
    public static final String INITIAL_ADMIN_PASSWORD = "change-me-now";

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    /** First start: an administrator with the documented password, to be changed at the first login. */
    public void seedAdministrator() {
        if (em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() == 0) {
            em.persist(new UserAccount(INITIAL_ADMIN, INITIAL_ADMIN_PASSWORD.toCharArray(), Role.ADMIN, true));
        }
    }

    public List<UserAccount> list() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.name", UserAccount.class).getResultList();
    }

    public UserAccount find(String name) {
        UserAccount user = name == null ? null : em.find(UserAccount.class, name);
        if (user == null) {
            throw new NotFoundException("user " + name + " does not exist");
        }
        return user;
    }

    /** A new user must change the password the administrator gave at the first login. */
    public UserAccount create(String name, char[] password, Role role) {
        UserAccount.checkName(name);
        if (em.find(UserAccount.class, name) != null) {
            throw new ConflictException("user " + name + " already exists");
        }
        UserAccount user = new UserAccount(name, password, role, true);
        em.persist(user);
        return user;
    }

    public void changeOwnPassword(String name, char[] current, char[] newPassword) {
        em.find(UserAccount.class, find(name).name(), LockModeType.PESSIMISTIC_WRITE).changePassword(current, newPassword);
    }

    public void resetPassword(String name, char[] newPassword) {
        find(name).resetPassword(newPassword);
    }

    public void changeRole(String name, Role role) {
        UserAccount user = find(name);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdministrator();
        }
        user.changeRole(role);
    }

    public void delete(String name) {
        UserAccount user = find(name);
        if (user.role() == Role.ADMIN) {
            keepAnAdministrator();
        }
        em.remove(user);
    }

    private void keepAnAdministrator() {
        long admins = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :admin", Long.class)
                .setParameter("admin", Role.ADMIN.roleName()).getSingleResult();
        if (admins <= 1) {
            throw new ConflictException("the last administrator cannot be removed or demoted");
        }
    }

    public boolean mustChangePassword(String name) {
        UserAccount user = name == null ? null : em.find(UserAccount.class, name);
        return user != null && user.mustChangePassword();
    }
}
