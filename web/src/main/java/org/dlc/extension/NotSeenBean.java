package org.dlc.extension;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dlc.dashboard.Dashboard;
import org.dlc.dashboard.DashboardService;
import org.dlc.shared.InvalidInputException;
import org.dlc.web.FormCheck;

/**
 * Handsets not seen for N days ({@code ?days=N}, default the dashboard's), with the licenses they hold: the
 * extension listing with its not-seen filter ({@code GET /api/extensions?notSeenDays=N}).
 */
@Named
@ViewScoped
public class NotSeenBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExtensionInfoService info;

    @EJB
    private DashboardService dashboard;

    private ExtensionInfoModel model;
    private String days;
    private transient Dashboard.NotSeen summary;

    @PostConstruct
    void init() {
        model = new ExtensionInfoModel(info);
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("days");
        days = asked == null ? Integer.toString(Dashboard.NOT_SEEN_DAYS) : asked;
        apply();
    }

    public void apply() {
        FormCheck form = new FormCheck(FormCheck.field("notSeenDays", "f:days", "notSeen.days"));
        boolean applied = form.attempt("notSeen.refused", () -> {
            HandsetFilter filter = HandsetFilter.parse(null, null, null, days);
            if (filter.notSeenDays() == null) {
                throw new InvalidInputException("notSeenDays", "must be 1.."
                        + HandsetFilter.MAX_NOT_SEEN_DAYS + " (days), was empty");
            }
            model.filter(null, null, ExtensionInfo.DECT, false, filter);
            summary = dashboard.notSeen(filter.notSeenDays());
        });
        if (!applied) {
            model.refuse();
            summary = null;
        }
    }

    public ExtensionInfoModel getModel() {
        return model;
    }

    /** Null until a valid number of days was applied. */
    public Dashboard.NotSeen getSummary() {
        if (summary == null && !model.isRefused() && model.getHandsets().notSeenDays() != null) {
            summary = dashboard.notSeen(model.getHandsets().notSeenDays());
        }
        return summary;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }
}
