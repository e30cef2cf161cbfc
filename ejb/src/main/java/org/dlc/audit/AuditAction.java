package org.dlc.audit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.dlc.shared.InvalidInputException;

/** What the audit trail records: every change a person or an account makes, and every refused login or access. */
public enum AuditAction {
    EXTENSION_CREATE("extension.create"),
    EXTENSION_CHANGE("extension.change"),
    EXTENSION_ERASE("extension.erase"),
    LICENSE_SEIZE("license.seize"),
    LICENSE_RELEASE("license.release"),
    SUBSCRIPTION_START("subscription.start"),
    SUBSCRIPTION_END("subscription.end"),
    LICENSE_FILE_INSTALL("license-file.install"),
    CATALOGUE_CHANGE("catalogue.change"),
    IMPORT("import"),
    MIGRATION("migration"),
    USER_CREATE("user.create"),
    USER_ROLE_CHANGE("user.role"),
    USER_DELETE("user.delete"),
    PASSWORD_CHANGE("password.change"),
    PASSWORD_RESET("password.reset"),
    SECRET_ISSUE("secret.issue"),
    TOKEN_CREATE("token.create"),
    TOKEN_REVOKE("token.revoke"),
    SNMP_CONFIG_CHANGE("snmp-config.change"),
    ALARM_CLEAR("alarm.clear"),
    ALARM_NOTICED("alarm.noticed"),
    DIAGNOSTIC_CLEAR("diagnostic.clear"),
    LOGIN_REFUSED("login.refused"),
    ACCESS_REFUSED("access.refused");

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    /** The name in records, filters and the CSV, such as {@code extension.create}. */
    public String id() {
        return id;
    }

    /** @throws InvalidInputException naming {@code field} and the allowed names */
    public static AuditAction of(String field, String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst().orElseThrow(() ->
                new InvalidInputException(field, "must be one of " + Arrays.stream(values()).map(AuditAction::id)
                        .collect(Collectors.joining(", ")) + ", was '" + id + "'"));
    }
}
