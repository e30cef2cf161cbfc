package org.dlc.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;

/** The alarms page: the MX-ONE list, the full printout of one alarm, clear and mark noticed. */
@Named
@ViewScoped
public class AlarmBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Access access;

    @EJB
    private AlarmService alarms;

    private boolean showAll;
    /** Only alarms of this severity ({@code ?severity=1}: the dashboard's chart leads here so), or all. */
    private Integer severity;
    private Long selectedHandle;
    private transient List<AlarmSnapshot> list;
    private transient AlarmSnapshot selected;

    @PostConstruct
    void init() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("severity");
        if (asked != null && asked.matches("[0-4]")) {
            severity = Integer.valueOf(asked);
        } else if (asked != null) {
            Faces.error("alarm.severityRefused", asked);
        }
    }

    public List<AlarmSnapshot> getAlarms() {
        if (list == null) {
            list = (showAll ? alarms.all() : alarms.active()).stream()
                    .filter(a -> severity == null || a.severity() == severity).toList();
        }
        return list;
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
        Faces.attempt("alarm.refused", () -> alarms.notice(handle));
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
