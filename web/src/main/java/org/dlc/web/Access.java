package org.dlc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dlc.security.Permission;
import org.dlc.user.Role;

/**
 * What the logged-in user may do, for the pages, asked of {@link Permission}: menu entries and buttons are shown
 * only to those allowed, and every bean checks again before a change (page actions are POSTs to the page).
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

    /** The user's role(s), as shown next to the name. */
    public String getRole() {
        return Arrays.stream(Role.values()).map(Role::roleName).filter(external()::isUserInRole)
                .collect(Collectors.joining(", "));
    }

    /** For buttons: {@code rendered="#{access.allows('ALARM_CHANGE')}"}. */
    public boolean allows(Permission permission) {
        return permission.grantedTo(external()::isUserInRole);
    }

    /** For menu entries: whether the user may open the page (see {@link Pages}). */
    public boolean opens(String page) {
        return allows(Pages.permission(page));
    }

    /** @return whether the user may; otherwise says which permission is missing, and nothing is changed */
    public boolean may(Permission permission) {
        if (allows(permission)) {
            return true;
        }
        Faces.error("access.denied", getUser(), getRole(), permission.refusal(Faces.text("access.thisChange")));
        return false;
    }

    /** On the refusal page: why the page was refused (set by {@link PageAccessFilter}). */
    public String getRefusal() {
        Object refused = external().getRequestMap().get(PageAccessFilter.REFUSED);
        return refused instanceof String page ? Pages.permission(page).refusal(Faces.text("access.thePage", page)) : "";
    }
}
