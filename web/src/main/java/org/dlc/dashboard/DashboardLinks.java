package org.dlc.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;

/**
 * Where each card and chart segment of the dashboard leads: the list it counts, its filter in the URL (the
 * parameters of {@code GET /api/extensions}, which extension_info reads from its URL too).
 */
public final class DashboardLinks {

    private DashboardLinks() {
    }

    /** extension_info of the DECT handsets with this license state (and classification, vendor), any may be null. */
    public static String handsets(LicenseState state, Classification classification, String vendor) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("terminalType", "DECT");
        if (classification != null) {
            q.put("classification", classification.name());
        }
        if (state != null) {
            q.put("licenseState", state.name());
        }
        if (vendor != null) {
            q.put("vendor", vendor);
        }
        return page("/extension_info.xhtml", q);
    }

    public static String notSeen(int days) {
        return page("/not_seen.xhtml", Map.of("days", Integer.toString(days)));
    }

    public static String alarms(int severity) {
        return page("/alarms.xhtml", Map.of("severity", Integer.toString(severity)));
    }

    public static String page(String path, Map<String, String> query) {
        return path + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
