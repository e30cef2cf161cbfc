package org.dlc.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The pages' one naming: each page's title in plain words, with the MX-ONE command it mirrors beside it
 * ("Extension info (extension_info)"), as the menu, the page heading and the window title show it. The menu lists
 * the pages the user may open ({@link Access#opens}) and marks the current one.
 */
@Named("menu")
@RequestScoped
public class Menu {

    /** A menu entry: element id (nav:m-...), page, title key, MX-ONE command or "", whether it is the current page. */
    public record Entry(String id, String page, String titleKey, String command, boolean current) {
        public String outcome() {
            return page.substring(0, page.length() - ".xhtml".length());
        }
    }

    private record Item(String id, String page, String titleKey) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("m-dashboard", "/index.xhtml", "title.dashboard"),
            new Item("m-extension-info", "/extension_info.xhtml", "title.extensionInfo"),
            new Item("m-extensions", "/extensions.xhtml", "title.extensions"),
            new Item("m-diagnostic", "/diagnostic_print.xhtml", "title.diagnostic"),
            new Item("m-not-seen", "/not_seen.xhtml", "title.notSeen"),
            new Item("m-alarms", "/alarms.xhtml", "title.alarms"),
            new Item("m-licenses", "/licenses.xhtml", "title.licenses"),
            new Item("m-readiness", "/readiness.xhtml", "title.readiness"),
            new Item("m-catalogue", "/catalogue.xhtml", "title.catalogue"),
            new Item("m-audit", "/audit.xhtml", "title.audit"),
            new Item("m-users", "/users.xhtml", "title.users"));

    /** The MX-ONE command each page mirrors (the specification's and the administrators' names). */
    private static final Map<String, String> COMMANDS = Map.of(
            "/extension_info.xhtml", "extension_info",
            "/extensions.xhtml", "extension",
            "/diagnostic_print.xhtml", "diagnostic_print",
            "/alarms.xhtml", "alarm",
            "/licenses.xhtml", "license_status");

    @Inject
    private Access access;

    public List<Entry> getEntries() {
        String current = currentPage();
        return ITEMS.stream().filter(i -> access.opens(i.page()))
                .map(i -> new Entry(i.id(), i.page(), i.titleKey(), command(i.page()), i.page().equals(current)))
                .toList();
    }

    /** The MX-ONE command of a page, or "" when it mirrors none. */
    public String command(String page) {
        return COMMANDS.getOrDefault(page, "");
    }

    /** The page being shown (the refusal page shows none as current). */
    private static String currentPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
    }
}
