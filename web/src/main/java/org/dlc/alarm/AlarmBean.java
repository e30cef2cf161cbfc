package org.dlc.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;

/**
 * The alarms page: the MX-ONE list, the full printout of one alarm, clear and mark noticed. Filter (severity,
 * cleared too, text) and sort are in the page's address ({@code ?severity=1&all=true&q=86310&sort=oldest}): a
 * reload or a link keeps them; the list is filtered and sorted here, on the server.
 */
@Named
@ViewScoped
public class AlarmBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Access access;

    @EJB
    private AlarmService alarms;

    /** How the list is sorted ({@code ?sort=}): by the latest occurrence, newest first, unless asked otherwise. */
    public enum Sort {
        LATEST(Comparator.comparing(AlarmSnapshot::latestAt).reversed()),
        OLDEST(Comparator.comparing(AlarmSnapshot::firstAt)),
        SEVERITY(Comparator.comparingInt(AlarmBean::shownSeverity).reversed()
                .thenComparing(Comparator.comparing(AlarmSnapshot::latestAt).reversed())),
        HANDLE(Comparator.comparingLong(AlarmSnapshot::handle));

        private final Comparator<AlarmSnapshot> order;

        Sort(Comparator<AlarmSnapshot> order) {
            this.order = order;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private boolean showAll;
    /** Only alarms of this severity ({@code ?severity=1}: the dashboard's chart leads here so), or all. */
    private Integer severity;
    /** Only alarms whose explanation, additional text, code or handle contain this ({@code ?q=}). */
    private String text;
    private Sort sort = Sort.LATEST;
    private Long selectedHandle;
    private transient List<AlarmSnapshot> list;
    private transient AlarmSnapshot selected;

    @PostConstruct
    void init() {
        Map<String, String> url = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String asked = url.get("severity");
        if (asked != null && asked.matches("[0-4]")) {
            severity = Integer.valueOf(asked);
        } else if (asked != null && !asked.isEmpty()) {
            Faces.error("alarm.severityRefused", asked);
        }
        showAll = "true".equals(url.get("all"));
        text = url.get("q") == null || url.get("q").isBlank() ? null : url.get("q").strip();
        String order = url.get("sort");
        if (order != null && !order.isEmpty()) {
            try {
                sort = Sort.valueOf(order.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                Faces.error("alarm.sortRefused", order);
            }
        }
    }

    public List<AlarmSnapshot> getAlarms() {
        if (list == null) {
            String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
            list = (showAll ? alarms.all() : alarms.active()).stream()
                    .filter(a -> severity == null || shownSeverity(a) == severity)
                    .filter(a -> needle == null || searchable(a).contains(needle))
                    .sorted(sort.order).toList();
        }
        return list;
    }

    /** A cleared alarm shows severity 0, as MX-ONE prints it. */
    public static int shownSeverity(AlarmSnapshot a) {
        return a.active() ? a.severity() : 0;
    }

    private static String searchable(AlarmSnapshot a) {
        return (a.handle() + " " + a.code() + " " + a.explanation() + " " + a.additionalText()).toLowerCase(Locale.ROOT);
    }

    /** Apply: the page again at the address of this filter and sort (reload and links keep them). */
    public void apply() {
        List<String> query = new ArrayList<>();
        if (severity != null) {
            query.add("severity=" + severity);
        }
        if (showAll) {
            query.add("all=true");
        }
        if (text != null && !text.isBlank()) {
            query.add("q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        if (sort != Sort.LATEST) {
            query.add("sort=" + sort.id());
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/alarms.xhtml"
                    + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the filter: the most critical first. */
    public List<Integer> getSeverities() {
        return List.of(4, 3, 2, 1, 0);
    }

    public Sort[] getSorts() {
        return Sort.values();
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort == null ? Sort.LATEST : sort;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void refresh() {
        list = null;
        selected = null;
    }

    public void select(long handle) {
        selectedHandle = handle;
        selected = null;
    }

    public AlarmSnapshot getSelected() {
        if (selected == null && selectedHandle != null) {
            selected = alarms.find(selectedHandle).orElse(null);
        }
        return selected;
    }

    public void clear(long handle) {
        if (!access.may(Permission.ALARM_CHANGE)) {
            return;
        }
        if (alarms.clear(handle)) {
            Faces.info("alarm.cleared", handle);
        } else {
            Faces.info("alarm.alreadyCleared", handle);
        }
        refresh();
    }

    public void clearAll() {
        if (!access.may(Permission.ALARM_CHANGE)) {
            return;
        }
        Faces.info("alarm.clearedAll", alarms.clearAll());
        refresh();
    }

    public void notice(long handle) {
        if (!access.may(Permission.ALARM_CHANGE)) {
            return;
        }
        if (Faces.attempt("alarm.refused", () -> alarms.notice(handle))) {
            Faces.info("alarm.markedNoticed", handle);
        }
        refresh();
    }

    public String where() {
        return AlarmDefinition.SENDER_UNIT_NAME;
    }

    public String senderUnit(AlarmSnapshot a) {
        return a.senderUnit() + " = " + AlarmDefinition.SENDER_UNIT_NAME;
    }

    public String domain(AlarmSnapshot a) {
        return a.domain() + (a.domain() == AlarmDefinition.DOMAIN ? " = " + AlarmDefinition.DOMAIN_NAME : "");
    }

    public String code(AlarmSnapshot a) {
        return a.code() + " = " + a.explanation();
    }

    public String severity(AlarmSnapshot a) {
        return a.severity() + " = " + Faces.text("alarm.severity." + a.severity());
    }

    public String faultyUnit(AlarmSnapshot a) {
        return "LIM=" + a.lim() + " PU=" + a.senderUnit() + "=" + AlarmDefinition.SENDER_UNIT_NAME;
    }

    public boolean isShowAll() {
        return showAll;
    }

    public void setShowAll(boolean showAll) {
        this.showAll = showAll;
        list = null;
    }
}
