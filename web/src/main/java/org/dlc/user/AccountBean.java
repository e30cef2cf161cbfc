package org.dlc.user;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dlc.web.Faces;

/** The account page (change the own password) and logging out. */
@Named
@RequestScoped
public class AccountBean {

    @EJB
    private UserService users;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public boolean isMustChangePassword() {
        return users.mustChangePassword(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public void changePassword() {
        String name = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Faces.error("account.mismatch");
            return;
        }
        if (Faces.attempt("account.refused", () -> users.changeOwnPassword(name,
                currentPassword == null ? null : currentPassword.toCharArray(), newPassword.toCharArray()))) {
            Faces.info("account.changed");
        }
    }

    public void logout() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // already logged out
        }
        external.invalidateSession();
        try {
            external.redirect(external.getRequestContextPath() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
