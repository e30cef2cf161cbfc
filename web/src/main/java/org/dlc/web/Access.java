package org.dlc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dlc.user.Role;

/**
 * What the logged-in user may do, for the pages: buttons are shown only to those allowed, and every bean checks
 * again before a change (page actions are POSTs to the page, which URL constraints cannot tell apart).
 */
@Named("access")
@RequestScoped
public class Access {

    private ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public String getUser() {
        return external().getRemoteUser();
    }

    public boolean isAdmin() {
        return external().isUserInRole(Role.ADMIN.roleName());
    }

    /** Operators change extensions, DECT subscriptions, alarms and the diagnostic list; admins too. */
    public boolean isOperator() {
        return isAdmin() || external().isUserInRole(Role.OPERATOR.roleName());
    }

    public String getRole() {
        return isAdmin() ? Role.ADMIN.roleName() : isOperator() ? Role.OPERATOR.roleName() : Role.READ_ONLY.roleName();
    }

    /** @return whether the user is an operator or admin; otherwise says why nothing was changed */
    public boolean mayOperate() {
        if (isOperator()) {
            return true;
        }
        Faces.error("access.denied", getUser(), getRole());
        return false;
    }

    /** @return whether the user is an admin; otherwise says why nothing was changed */
    public boolean mayAdminister() {
        if (isAdmin()) {
            return true;
        }
        Faces.error("access.denied", getUser(), getRole());
        return false;
    }
}
