package org.dlc.command;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.dlc.alarm.AlarmService;
import org.dlc.audit.AuditService;
import org.dlc.diagnostic.DiagnosticService;
import org.dlc.extension.ExtensionInfoService;
import org.dlc.extension.ExtensionService;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.license.LicenseService;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.system.LocalTimeZone;

/**
 * The MX-ONE command interface: runs one command line ({@code extension -i -d 1003 ...}) and answers with a
 * status and the printout. Runs outside a transaction so that each service call is its own transaction (as
 * over REST) and long printouts, read a page at a time, hold no persistence context.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommandService {

    @EJB
    private ExtensionService extensions;

    @EJB
    private DectSubscriptionService subscriptions;

    @EJB
    private ExtensionInfoService info;

    @EJB
    private DiagnosticService diagnostics;

    @EJB
    private AlarmService alarms;

    @EJB
    private LicenseService licenses;

    @EJB
    private AuditService audit;

    @Resource
    private SessionContext context;

    /** @return the outcome; never throws for bad input (see {@link CommandResult} for the statuses) */
    @Requires(Permission.COMMAND_RUN)
    @RolesAllowed({"admin", "operator", "read-only"})
    public CommandResult execute(String commandLine) {
        CommandResult result = new CommandInterpreter(new Services(extensions, subscriptions, info, diagnostics, alarms,
                licenses, LocalTimeZone.configured()), p -> p.grantedTo(context::isCallerInRole)).execute(commandLine);
        if (result.status() == CommandResult.FORBIDDEN) {
            // The command's name only: the rest of the line may hold a secret (--authentication-key).
            audit.accessRefused("command " + commandLine.strip().split("\\s+", 2)[0], result.output());
        }
        return result;
    }
}
