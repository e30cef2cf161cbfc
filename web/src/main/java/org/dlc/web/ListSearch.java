package org.dlc.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The search box of a short list (users, catalogue, diagnostic list): the rows whose text contains what was typed,
 * ignoring case, chosen on the server; the text is in the page's address ({@code ?q=}), so a reload or a link keeps
 * it. (Their columns sort by a click on the header; long lists are filtered in the database instead.)
 */
public class ListSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As typed, and as in force (the last applied). */
    private String text;
    private String applied;

    /** The search the page's address asks for. */
    public static ListSearch fromAddress() {
        ListSearch search = new ListSearch();
        Map<String, String> url = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        search.text = search.applied = Faces.blankToNull(url.get("q"));
        return search;
    }

    /** The rows that match, in their order, as a list the table may sort. */
    public <T> List<T> filter(List<T> rows, Function<T, String> searchable) {
        if (applied == null) {
            return new ArrayList<>(rows);
        }
        String needle = applied.toLowerCase(Locale.ROOT);
        List<T> matching = new ArrayList<>();
        for (T row : rows) {
            if (searchable.apply(row).toLowerCase(Locale.ROOT).contains(needle)) {
                matching.add(row);
            }
        }
        return matching;
    }

    /** Puts the typed text in force and into the page's address; the bean reads its list again. */
    public void apply() {
        applied = Faces.blankToNull(text);
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("q", applied);
        new TableAddress().show(query, "f:table");
    }

    public boolean isActive() {
        return applied != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
