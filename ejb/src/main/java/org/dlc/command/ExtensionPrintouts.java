package org.dlc.command;

import java.util.Locale;
import org.dlc.extension.ExtensionInfo;
import org.dlc.handset.HandsetState;
import org.dlc.handset.Ipei;

/**
 * {@code extension -p} and {@code dect_extension -p}:
 * <pre>
 * Dir       LIM  CSP  Third Party  Terminal type
 * 1003      1    0    yes          DECT
 *
 * Dir       IPEI             State       Vendor
 * 1003      00019 0592015 3  Registered  DH6
 * </pre>
 * State: Subscribed (no location registration yet), Registered, Passive (third party working without
 * license), Blocked (third party refused: "No Access").
 */
final class ExtensionPrintouts {

    static final TablePrintout<ExtensionInfo> EXTENSION = new TablePrintout<>(new int[] {10, 5, 5, 13},
            new String[] {"Dir", "LIM", "CSP", "Third Party", "Terminal type"},
            e -> new String[] {e.directoryNumber(), Integer.toString(e.lim()), Integer.toString(e.csp()),
                    e.thirdPartyClient() ? "yes" : "no", e.terminalType()});

    static final TablePrintout<ExtensionInfo> DECT_EXTENSION = new TablePrintout<>(new int[] {10, 17, 12},
            new String[] {"Dir", "IPEI", "State", "Vendor"},
            e -> new String[] {e.directoryNumber(), new Ipei(e.ipei()).printed(), state(e.handsetState()), e.vendor()});

    private ExtensionPrintouts() {
    }

    static String state(HandsetState state) {
        String name = state.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
