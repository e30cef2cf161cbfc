package org.dlc.extension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dlc.web.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * extension_info for a lazy p:dataTable: each page is one query in the database (ordered by directory number;
 * descending order reads the mirrored page from the end), so it stays fast with 100 000 extensions.
 */
public class ExtensionInfoModel extends LazyDataModel<ExtensionInfo> {

    private static final long serialVersionUID = 1L;

    private final ExtensionInfoService service;
    private String from;
    private String to;
    private String terminalType;
    private boolean thirdPartyOnly;
    private HandsetFilter handsets = HandsetFilter.NONE;
    /** A filter was refused: no row is shown under values that were not applied. */
    private boolean refused;

    public ExtensionInfoModel(ExtensionInfoService service) {
        this.service = service;
    }

    /** Sets the filter; a bad directory number or terminal type throws InvalidInputException and keeps the old one. */
    public void filter(String newFrom, String newTo, String newTerminalType, boolean newThirdPartyOnly) {
        filter(newFrom, newTo, newTerminalType, newThirdPartyOnly, HandsetFilter.NONE);
    }

    /** The same, with a filter on the handset (license state, vendor, not seen: the dashboard's links). */
    public void filter(String newFrom, String newTo, String newTerminalType, boolean newThirdPartyOnly,
                       HandsetFilter newHandsets) {
        String f = Faces.blankToNull(newFrom);
        String t = Faces.blankToNull(newTo);
        String type = Faces.blankToNull(newTerminalType);
        query(f, t, type, newThirdPartyOnly, newHandsets, 0, 1);
        refused = false;
        from = f;
        to = t;
        terminalType = type;
        thirdPartyOnly = newThirdPartyOnly;
        handsets = newHandsets;
    }

    /**
     * Checks a form's directory-number range (either end may be blank), each end at its own field ({@code from},
     * {@code to}) and a range whose end is below its start at {@code to}, saying so.
     */
    public static void checkRange(org.dlc.web.FormCheck form, String from, String to) {
        DirectoryNumber low = form.value(() -> bound("from", from));
        DirectoryNumber high = form.value(() -> bound("to", to));
        if (low != null && high != null && low.compareTo(high) > 0) {
            form.refuse("to", Faces.text("extensionInfo.reversed", high.value(), low.value()));
        }
    }

    private static DirectoryNumber bound(String field, String text) {
        String value = Faces.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new DirectoryNumber(value);
        } catch (org.dlc.shared.InvalidInputException e) {
            throw new org.dlc.shared.InvalidInputException(field, e.reason());
        }
    }

    /** After a refused filter: no rows until a filter is applied. */
    public void refuse() {
        refused = true;
    }

    public boolean isRefused() {
        return refused;
    }

    private static ExtensionQuery query(String from, String to, String type, boolean thirdPartyOnly,
                                        HandsetFilter handsets, int offset, int limit) {
        return new ExtensionQuery(from == null ? null : new DirectoryNumber(from),
                to == null ? null : new DirectoryNumber(to), type, thirdPartyOnly, offset, limit, handsets);
    }

    private ExtensionQuery query(int offset, int limit) {
        return query(from, to, terminalType, thirdPartyOnly, handsets, offset, limit);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (refused) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, service.count(query(0, 1)));
    }

    @Override
    public List<ExtensionInfo> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        if (refused) {
            return List.of();
        }
        int size = Math.max(1, Math.min(pageSize, ExtensionQuery.MAX_LIMIT));
        boolean descending = sortBy != null && sortBy.values().stream()
                .anyMatch(s -> s.getOrder() == SortOrder.DESCENDING);
        if (!descending) {
            return service.list(query(first, size));
        }
        long total = service.count(query(0, 1));
        long end = total - first;
        long start = Math.max(0, end - size);
        if (end <= 0) {
            return List.of();
        }
        List<ExtensionInfo> page = new ArrayList<>(service.list(query((int) start, (int) (end - start))));
        Collections.reverse(page);
        return page;
    }

    /** Every row the filter selects, in pages, for the CSV export. */
    public void forEachFiltered(Consumer<ExtensionInfo> consumer) {
        if (refused) {
            return;
        }
        int offset = 0;
        while (true) {
            List<ExtensionInfo> page = service.list(query(offset, ExtensionQuery.MAX_LIMIT));
            page.forEach(consumer);
            if (page.size() < ExtensionQuery.MAX_LIMIT) {
                return;
            }
            offset += page.size();
        }
    }

    @Override
    public String getRowKey(ExtensionInfo row) {
        return row.directoryNumber();
    }

    @Override
    public ExtensionInfo getRowData(String rowKey) {
        return service.one(new DirectoryNumber(rowKey));
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getTerminalType() {
        return terminalType;
    }

    public boolean isThirdPartyOnly() {
        return thirdPartyOnly;
    }

    public HandsetFilter getHandsets() {
        return handsets;
    }
}
