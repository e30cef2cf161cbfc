package org.dlc.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.dlc.extension.HandsetCounts;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;
import org.dlc.license.LicenseStatus;
import org.dlc.readiness.ReadinessReport.VendorRow;
import org.dlc.web.Faces;
import org.primefaces.event.ItemSelectEvent;

/**
 * The landing page: handsets by license state, handsets not seen, active alarms, license usage, and the charts
 * (pool over time, registrations per hour, third-party handsets by vendor, alarms by severity). Every card and
 * chart segment leads to the list it counts ({@link DashboardLinks}); the data is read once per view, so a click
 * maps to the segment that was drawn.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The vendor chart's datasets, in order. */
    private static final List<LicenseState> VENDOR_STATES = List.of(LicenseState.LICENSED, LicenseState.PASSIVE,
            LicenseState.BLOCKED);
    private static final List<ToLongFunction<VendorRow>> VENDOR_COUNTS = List.of(VendorRow::licensed,
            VendorRow::passive, VendorRow::blocked);

    @EJB
    private DashboardService service;

    private transient Dashboard dashboard;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = service.dashboard();
        }
        return dashboard;
    }

    public HandsetCounts getHandsets() {
        return getDashboard().handsets();
    }

    public LicenseStatus getLicense() {
        return getDashboard().license();
    }

    public int getActiveAlarms() {
        return getDashboard().activeAlarms();
    }

    public Dashboard.NotSeen getNotSeen() {
        return getDashboard().notSeen();
    }

    // ---- where the cards lead

    public String getLicensedLink() {
        return DashboardLinks.handsets(LicenseState.LICENSED, Classification.THIRD_PARTY, null);
    }

    public String getPassiveLink() {
        return DashboardLinks.handsets(LicenseState.PASSIVE, null, null);
    }

    public String getBlockedLink() {
        return DashboardLinks.handsets(LicenseState.BLOCKED, null, null);
    }

    public String getUnidentifiedLink() {
        return DashboardLinks.handsets(null, Classification.UNIDENTIFIED, null);
    }

    public String getTotalLink() {
        return DashboardLinks.handsets(null, null, null);
    }

    public String getNotSeenLink() {
        return DashboardLinks.notSeen(getNotSeen().days());
    }

    /** A vendor's handsets in one license state (the vendor chart's segments and its table). */
    public String vendorLink(VendorRow vendor, String state) {
        LicenseState s = LicenseState.valueOf(state);
        return vendor.vendor().isEmpty()
                ? DashboardLinks.handsets(s, Classification.UNIDENTIFIED, null)
                : DashboardLinks.handsets(s, s == LicenseState.LICENSED ? Classification.THIRD_PARTY : null,
                        vendor.vendor());
    }

    public String severityLink(int severity) {
        return DashboardLinks.alarms(severity);
    }

    public List<Map.Entry<Integer, Long>> getAlarmSeverities() {
        return new ArrayList<>(getDashboard().activeAlarmsBySeverity().entrySet());
    }

    /** The pool chart's datasets lead to: seized (every extension holding a license), free, still needed. */
    static final List<String> POOL_LINKS = List.of(
            DashboardLinks.page("/extension_info.xhtml", Map.of("licenseState", LicenseState.LICENSED.name())),
            "/licenses.xhtml", "/readiness.xhtml");

    /**
     * The registration chart's datasets lead to the handsets whose latest registration had that outcome (the
     * registrations themselves are counted, not recorded); "not subscribed" ones are not in the system: no list.
     */
    static final List<String> REGISTRATION_LINKS = List.of(
            DashboardLinks.handsets(LicenseState.LICENSED, null, null),
            DashboardLinks.handsets(LicenseState.EXEMPT, null, null),
            DashboardLinks.handsets(LicenseState.PASSIVE, null, null),
            DashboardLinks.handsets(LicenseState.BLOCKED, null, null));

    public List<String> getPoolLinks() {
        return POOL_LINKS;
    }

    public List<String> getRegistrationLinks() {
        return REGISTRATION_LINKS;
    }

    // ---- the charts (p:chart takes a Chart.js configuration)

    public String getPoolChart() {
        return DashboardCharts.poolUsage(getDashboard().poolUsage(), Map.of("seized", Faces.text("dashboard.seized"),
                "free", Faces.text("license.free"), "needed", Faces.text("dashboard.stillNeeded"),
                "axis", Faces.text("dashboard.timeUtc")));
    }

    public String getRegistrationChart() {
        return DashboardCharts.registrationsPerHour(getDashboard().registrationsPerHour(), Map.of(
                "licensed", Faces.text("dashboard.acceptedLicensed"), "exempt", Faces.text("dashboard.acceptedExempt"),
                "passive", Faces.text("dashboard.acceptedPassive"), "rejected", Faces.text("dashboard.rejected"),
                "notSubscribed", Faces.text("dashboard.notSubscribed"), "axis", Faces.text("dashboard.hourUtc")));
    }

    public String getVendorChart() {
        return DashboardCharts.vendors(getDashboard().vendors(), VendorRow::vendor, VENDOR_COUNTS, Map.of(
                "licensed", Faces.text("licenseState.LICENSED"), "passive", Faces.text("licenseState.PASSIVE"),
                "blocked", Faces.text("licenseState.BLOCKED"), "blank", Faces.text("dashboard.blankVendor")));
    }

    public String getAlarmChart() {
        return DashboardCharts.alarmsBySeverity(getDashboard().activeAlarmsBySeverity(),
                severity -> Faces.text("alarm.severity." + severity));
    }

    // ---- a click on a chart segment opens its list

    public void poolSelected(ItemSelectEvent e) {
        open(POOL_LINKS.get(e.getDataSetIndex()));
    }

    public void registrationSelected(ItemSelectEvent e) {
        if (e.getDataSetIndex() < REGISTRATION_LINKS.size()) {
            open(REGISTRATION_LINKS.get(e.getDataSetIndex()));
        }
    }

    public void vendorSelected(ItemSelectEvent e) {
        open(vendorLink(getDashboard().vendors().get(e.getItemIndex()),
                VENDOR_STATES.get(e.getDataSetIndex()).name()));
    }

    public void severitySelected(ItemSelectEvent e) {
        open(severityLink(getAlarmSeverities().get(e.getItemIndex()).getKey()));
    }

    private static void open(String page) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
