package org.dlc.web;

import java.util.Map;
import org.dlc.security.Permission;

/** The permission each page needs to be opened (its changes need their own, checked by the page's bean). */
public final class Pages {

    private static final Map<String, Permission> PAGES = Map.ofEntries(
            Map.entry("/login.xhtml", Permission.OPEN),
            Map.entry("/index.xhtml", Permission.SYSTEM_READ),
            Map.entry("/extension_info.xhtml", Permission.EXTENSION_READ),
            Map.entry("/extensions.xhtml", Permission.EXTENSION_READ),
            Map.entry("/diagnostic_print.xhtml", Permission.DIAGNOSTIC_READ),
            Map.entry("/alarms.xhtml", Permission.ALARM_READ),
            Map.entry("/licenses.xhtml", Permission.LICENSE_READ),
            Map.entry("/catalogue.xhtml", Permission.CATALOGUE_READ),
            Map.entry("/users.xhtml", Permission.USER_MANAGE),
            Map.entry("/account.xhtml", Permission.OWN_ACCOUNT),
            Map.entry("/audit.xhtml", Permission.AUDIT_READ),
            Map.entry("/readiness.xhtml", Permission.LICENSE_READ),
            Map.entry("/not_seen.xhtml", Permission.EXTENSION_READ));

    private Pages() {
    }

    /** @throws IllegalArgumentException for a page without a rule */
    public static Permission permission(String page) {
        Permission p = PAGES.get(page);
        if (p == null) {
            throw new IllegalArgumentException("the page " + page + " has no rule in " + Pages.class.getName());
        }
        return p;
    }

    static boolean known(String page) {
        return PAGES.containsKey(page);
    }
}
