package org.dlc.security;

import static org.dlc.user.Role.ADMIN;
import static org.dlc.user.Role.DECT_CONTROLLER;
import static org.dlc.user.Role.OPERATOR;
import static org.dlc.user.Role.READ_ONLY;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dlc.user.Role;

/**
 * The one definition of who may do what: every action a person or a machine can take, on the REST API, the
 * pages, the command interface and the services, names the roles that may take it. REST methods and services
 * carry their permission ({@link Requires}); pages and commands ask this table. Adding an action is one line here.
 */
public enum Permission {

    /** Liveness: no credentials needed. */
    OPEN("open", "health (GET /api/health, /api/health/live, /api/health/ready), the login page", true),
    /** An authenticated no-op: checks credentials, the benchmark's baseline. */
    PING("ping", "the authenticated no-op GET /api/ping", ADMIN, OPERATOR, READ_ONLY, DECT_CONTROLLER),
    /** Who am I, my own password. */
    OWN_ACCOUNT("account.own", "read and change one's own account", ADMIN, OPERATOR, READ_ONLY),
    /** One's own API tokens (for scripts and mdsh): create (shown once), list, revoke. */
    OWN_TOKENS("token.own", "create, list and revoke one's own API tokens", ADMIN, OPERATOR, READ_ONLY),
    /** The dashboard and the system report. */
    SYSTEM_READ("system.read", "read the dashboard and the system report", ADMIN, OPERATOR, READ_ONLY),
    /** The MX-ONE command interface itself; each command then needs its own permission. */
    COMMAND_RUN("command.run", "run MX-ONE commands (each needs its own permission too)", ADMIN, OPERATOR, READ_ONLY),
    EXTENSION_READ("extension.read", "read extensions, their DECT subscriptions and extension_info",
            ADMIN, OPERATOR, READ_ONLY),
    /** Create, change, erase; {@code thirdPartyClient} seizes and releases a license. */
    EXTENSION_CHANGE("extension.change", "create, change and erase extensions, seize and release licenses",
            ADMIN, OPERATOR),
    SUBSCRIPTION_CHANGE("subscription.change", "start and end DECT subscriptions", ADMIN, OPERATOR),
    /** The air-interface side: access rights and location registrations. */
    DECT_AIR_INTERFACE("dect.air-interface", "access rights and location registrations (POST /api/dect/*)",
            ADMIN, OPERATOR, DECT_CONTROLLER),
    ALARM_READ("alarm.read", "read alarms", ADMIN, OPERATOR, READ_ONLY),
    ALARM_CHANGE("alarm.change", "clear, erase and mark alarms noticed", ADMIN, OPERATOR),
    DIAGNOSTIC_READ("diagnostic.read", "read the diagnostic list (diagnostic_print)", ADMIN, OPERATOR, READ_ONLY),
    DIAGNOSTIC_CLEAR("diagnostic.clear", "clear the diagnostic list", ADMIN, OPERATOR),
    LICENSE_READ("license.read", "read the license pool, the installed license file and the trusted keys",
            ADMIN, OPERATOR, READ_ONLY),
    LICENSE_INSTALL("license.install", "install a license file", ADMIN),
    CATALOGUE_READ("catalogue.read", "read and export the handset catalogue", ADMIN, OPERATOR, READ_ONLY),
    CATALOGUE_CHANGE("catalogue.change", "add, change, delete and import handset catalogue entries", ADMIN),
    SNMP_STATUS_READ("snmp.status.read", "read the SNMP agent's status", ADMIN, OPERATOR, READ_ONLY),
    /** The configuration holds secrets (communities, USM keys). */
    SNMP_CONFIG_READ("snmp.config.read", "read the SNMP configuration (holds secrets)", ADMIN),
    SNMP_CONFIG_CHANGE("snmp.config.change", "change the SNMP configuration", ADMIN),
    USER_MANAGE("user.manage", "list, create, change and delete users, reset passwords, issue secrets", ADMIN),
    /** The export holds DECT authentication keys. */
    TRANSFER_EXPORT("transfer.export", "export the system (holds secrets)", ADMIN),
    TRANSFER_IMPORT("transfer.import", "import a system export", ADMIN),
    MIGRATION_RUN("migration.run", "load the subscriptions of a system from before enforcement", ADMIN),
    /**
     * The readiness report of a migration document, without loading it: a read, but of a document from outside that
     * holds the old system's DECT authentication keys (never kept nor shown). For those who plan the upgrade's
     * licenses: the administrator who migrates and the operator who seizes them; a read-only user reads this
     * system's report instead.
     */
    MIGRATION_DRY_RUN("migration.dry-run", "report on a migration document without loading it (nothing is kept)",
            ADMIN, OPERATOR),
    AUDIT_READ("audit.read", "read and export the audit trail", ADMIN, READ_ONLY);

    private final String id;
    private final String description;
    private final boolean open;
    private final Set<Role> roles;

    Permission(String id, String description, boolean open) {
        this.id = id;
        this.description = description;
        this.open = open;
        this.roles = Collections.unmodifiableSet(EnumSet.allOf(Role.class));
    }

    Permission(String id, String description, Role... roles) {
        this.id = id;
        this.description = description;
        this.open = false;
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(roles)));
    }

    /** The name shown in refusals and in the README, such as {@code extension.change}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Whether a caller without credentials may do it. */
    public boolean open() {
        return open;
    }

    /** The roles that may do it (every role for an open action). */
    public Set<Role> roles() {
        return roles;
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /**
     * @param inRole whether the caller has the role of that name (a request's or session context's
     *               {@code isUserInRole}); never called for an open action
     */
    public boolean grantedTo(Predicate<String> inRole) {
        return open || roles.stream().anyMatch(r -> inRole.test(r.roleName()));
    }

    /** The refusal: names the missing permission and who has it. */
    public String refusal(String what) {
        return what + " needs the permission " + id + " (" + description + "; roles: "
                + roles.stream().map(Role::roleName).collect(Collectors.joining(", ")) + ")";
    }

    /** The roles of all the given permissions (for {@code @RolesAllowed} checks). */
    public static Set<Role> rolesOf(Permission... permissions) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        Arrays.stream(permissions).forEach(p -> all.addAll(p.roles));
        return all;
    }
}
