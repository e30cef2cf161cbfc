package org.dlc.command;

import java.util.List;
import java.util.function.Consumer;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.ExtensionInfoService;
import org.dlc.extension.ExtensionQuery;

/**
 * Walks extension_info rows a page at a time, by key (each page starts after the last number of the one
 * before), so that long printouts neither hold every row nor skip over rows again and again.
 */
final class ExtensionPages {

    static final int PAGE_SIZE = 5_000;

    private ExtensionPages() {
    }

    /**
     * The selected extensions' rows: one directory number (an unknown one is an error, one of another
     * terminal type gives no row) or a range, page by page.
     */
    static void select(ExtensionInfoService info, DirectorySelection selection, String terminalType,
                       Consumer<List<ExtensionInfo>> rows) {
        if (!selection.single()) {
            forEach(info, selection, terminalType, rows);
            return;
        }
        List<ExtensionInfo> one = info.list(new ExtensionQuery(selection.from(), selection.to(), terminalType,
                false, 0, 1));
        if (one.isEmpty()) {
            info.one(selection.dir()); // not found, unless filtered out by its terminal type
        }
        rows.accept(one);
    }

    static void forEach(ExtensionInfoService info, DirectorySelection selection, String terminalType,
                        Consumer<List<ExtensionInfo>> pageConsumer) {
        forEach(info, selection, terminalType, PAGE_SIZE, pageConsumer);
    }

    static void forEach(ExtensionInfoService info, DirectorySelection selection, String terminalType, int pageSize,
                        Consumer<List<ExtensionInfo>> pageConsumer) {
        DirectoryNumber from = selection.from();
        while (true) {
            List<ExtensionInfo> page = info.list(new ExtensionQuery(from, selection.to(), terminalType, false, 0,
                    pageSize));
            if (!page.isEmpty()) {
                pageConsumer.accept(page);
            }
            if (page.size() < pageSize) {
                return;
            }
            String next = DirectorySelection.successor(page.get(page.size() - 1).directoryNumber());
            if (next == null) {
                return;
            }
            from = new DirectoryNumber(next);
        }
    }
}
