package org.dlc.dashboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dlc.alarm.AlarmService;
import org.dlc.extension.ExtensionInfoService;
import org.dlc.extension.HandsetCounts;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;

/** The landing page: handsets by license state, active alarms, license usage. */
@Named
@RequestScoped
public class DashboardBean {

    @EJB
    private ExtensionInfoService info;

    @EJB
    private AlarmService alarms;

    @EJB
    private LicenseService licenses;

    private HandsetCounts handsets;
    private LicenseStatus license;
    private Integer activeAlarms;

    public HandsetCounts getHandsets() {
        if (handsets == null) {
            handsets = info.counts();
        }
        return handsets;
    }

    public LicenseStatus getLicense() {
        if (license == null) {
            license = licenses.status();
        }
        return license;
    }

    public int getActiveAlarms() {
        if (activeAlarms == null) {
            activeAlarms = alarms.active().size();
        }
        return activeAlarms;
    }
}
