package org.dlc.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table's page and order in the page's address ({@code first=50&rows=100&order=desc}), beside the page's
 * filter, so that a reload or a copied link shows the same rows: read when the page opens, written into the
 * browser's address (without a reload) when the filter, the page or the order changes.
 */
public class TableAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The page sizes the tables offer; the first is the default. */
    public static final List<Integer> ROWS = List.of(25, 100, 500);

    private int first;
    private int rows = ROWS.get(0);
    /** "asc", "desc", or null (the table's own order). */
    private String order;

    /** From the address the page was opened with; values that are not one of the table's are ignored. */
    public void read(Map<String, String> url) {
        first = number(url.get("first"), 0);
        int asked = number(url.get("rows"), ROWS.get(0));
        rows = ROWS.contains(asked) ? asked : ROWS.get(0);
        first -= first % rows;
        String sort = url.get("order");
        order = "asc".equals(sort) || "desc".equals(sort) ? sort : null;
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public void firstPage() {
        first = 0;
    }

    public void paged(PageEvent event) {
        org.primefaces.component.datatable.DataTable table = (org.primefaces.component.datatable.DataTable) event.getComponent();
        first = table.getFirst();
        rows = table.getRows();
    }

    public void sorted(SortEvent event) {
        org.primefaces.component.datatable.DataTable table = (org.primefaces.component.datatable.DataTable) event.getComponent();
        order = table.getSortByAsMap().values().stream().map(SortMeta::getOrder).filter(o -> o != SortOrder.UNSORTED)
                .findFirst().map(o -> o == SortOrder.DESCENDING ? "desc" : "asc").orElse(null);
        first = 0;
    }

    /** Writes the filter, page and order into the browser's address bar (history.replaceState). */
    public void show(Map<String, String> filter, String tableId) {
        List<String> query = new ArrayList<>();
        filter.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        if (first > 0) {
            query.add("first=" + first);
        }
        if (rows != ROWS.get(0)) {
            query.add("rows=" + rows);
        }
        if (order != null) {
            query.add("order=" + order);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot().findComponent(tableId) instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(first);
        }
        String address = context.getExternalContext().getRequestContextPath() + context.getViewRoot().getViewId()
                + (query.isEmpty() ? "" : "?" + String.join("&", query));
        PrimeFaces.current().executeScript("history.replaceState(null, '', '" + address.replace("\\", "\\\\")
                .replace("'", "\\'").replace("<", "\\u003c") + "');");
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows;
    }

    /** For the column's sortOrder: null leaves the table unsorted (its order is the directory number's). */
    public String getOrder() {
        return order;
    }
}
