package org.dlc.command;

import java.time.ZoneId;
import org.dlc.alarm.AlarmService;
import org.dlc.diagnostic.DiagnosticService;
import org.dlc.extension.ExtensionInfoService;
import org.dlc.extension.ExtensionService;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.license.LicenseService;

/** What the commands call, and the zone for local times in printouts. */
public record Services(ExtensionService extensions, DectSubscriptionService subscriptions, ExtensionInfoService info,
                       DiagnosticService diagnostics, AlarmService alarms, LicenseService licenses, ZoneId zone) {
}
