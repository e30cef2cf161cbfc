package org.dlc.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dlc.registration.LocationRegistrationCounts;
import org.dlc.web.CsvDownload;
import org.dlc.web.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit page: a filter form, the trail newest first in pages, its CSV, the location registration counts. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    @Inject
    private LocationRegistrationCounts registrations;

    /** The filter's fields as typed. */
    private String actor;
    private String action;
    private String subject;
    private String from;
    private String to;
    private String outcome;
    /** The filter in force (fields as last applied successfully). */
    private String[] applied = new String[6];

    private LazyDataModel<AuditRecord> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, audit.count(query(applied, 0, 1)));
            }

            @Override
            public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
                return audit.list(query(applied, first, Math.min(pageSize, AuditQuery.MAX_LIMIT)));
            }

            @Override
            public String getRowKey(AuditRecord row) {
                return Long.toString(row.id());
            }
        };
    }

    private static AuditQuery query(String[] f, Integer offset, Integer limit) {
        return AuditQuery.parse(f[0], f[1], f[2], f[3], f[4], f[5], offset, limit, AuditQuery.DEFAULT_LIMIT);
    }

    /** A bad field is refused with its reason and the filter in force stays. */
    public void apply() {
        String[] typed = {actor, action, subject, from, to, outcome};
        if (Faces.attempt("audit.filterRefused", () -> query(typed, 0, 1))) {
            applied = typed;
        }
    }

    public void reset() {
        actor = action = subject = from = to = outcome = null;
        applied = new String[6];
    }

    public void exportCsv() {
        CsvDownload.sendText("audit.csv", AuditCsv.write(audit.list(query(applied, 0, AuditQuery.MAX_LIMIT))));
    }

    public LocationRegistrationCounts.Snapshot getRegistrations() {
        return registrations.snapshot();
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(AuditAction::id).toList();
    }

    public LazyDataModel<AuditRecord> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
