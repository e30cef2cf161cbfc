package org.dlc.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dlc.user.Role;
import org.junit.jupiter.api.Test;

class PermissionTest {

    /** The README's permission table: x = allowed. */
    private static final String TABLE = """
            permission          | admin | operator | read-only | dect-controller | anonymous
            open                |   x   |    x     |     x     |        x        |    x
            ping                |   x   |    x     |     x     |        x        |
            account.own         |   x   |    x     |     x     |                 |
            token.own           |   x   |    x     |     x     |                 |
            system.read         |   x   |    x     |     x     |                 |
            command.run         |   x   |    x     |     x     |                 |
            extension.read      |   x   |    x     |     x     |                 |
            extension.change    |   x   |    x     |           |                 |
            subscription.change |   x   |    x     |           |                 |
            dect.air-interface  |   x   |    x     |           |        x        |
            alarm.read          |   x   |    x     |     x     |                 |
            alarm.change        |   x   |    x     |           |                 |
            diagnostic.read     |   x   |    x     |     x     |                 |
            diagnostic.clear    |   x   |    x     |           |                 |
            license.read        |   x   |    x     |     x     |                 |
            license.install     |   x   |          |           |                 |
            catalogue.read      |   x   |    x     |     x     |                 |
            catalogue.change    |   x   |          |           |                 |
            snmp.status.read    |   x   |    x     |     x     |                 |
            snmp.config.read    |   x   |          |           |                 |
            snmp.config.change  |   x   |          |           |                 |
            user.manage         |   x   |          |           |                 |
            transfer.export     |   x   |          |           |                 |
            transfer.import     |   x   |          |           |                 |
            migration.run       |   x   |          |           |                 |
            migration.dry-run   |   x   |    x     |           |                 |
            audit.read          |   x   |          |     x     |                 |
            """;

    @Test
    void the_table_is_the_readme_table() {
        List<String> lines = TABLE.lines().toList();
        List<String> columns = Arrays.stream(lines.get(0).split("\\|")).map(String::strip).toList();
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|", -1);
            expected.put(cells[0].strip(), java.util.stream.IntStream.range(1, cells.length)
                    .filter(i -> cells[i].strip().equals("x")).mapToObj(columns::get).collect(Collectors.toSet()));
        }
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        for (Permission p : Permission.values()) {
            Set<String> who = p.roles().stream().map(Role::roleName).collect(Collectors.toSet());
            if (p.open()) {
                who.add("anonymous");
            }
            actual.put(p.id(), who);
        }
        assertEquals(expected, actual);
    }

    @Test
    void operators_run_extensions_subscriptions_seizures_alarms_and_the_diagnostic_list_but_not_the_audit_trail() {
        Set<Permission> operator = granted(Role.OPERATOR);
        assertTrue(operator.containsAll(Set.of(Permission.EXTENSION_CHANGE, Permission.SUBSCRIPTION_CHANGE,
                Permission.ALARM_CHANGE, Permission.DIAGNOSTIC_CLEAR)));
        assertFalse(operator.contains(Permission.AUDIT_READ));
    }

    @Test
    void only_admins_manage_users_licenses_snmp_catalogue_transfers_and_migrations() {
        for (Permission p : List.of(Permission.USER_MANAGE, Permission.LICENSE_INSTALL, Permission.SNMP_CONFIG_READ,
                Permission.SNMP_CONFIG_CHANGE, Permission.CATALOGUE_CHANGE, Permission.TRANSFER_EXPORT,
                Permission.TRANSFER_IMPORT, Permission.MIGRATION_RUN)) {
            assertEquals(Set.of(Role.ADMIN), p.roles(), p.id());
        }
    }

    @Test
    void read_only_reads_every_view_except_the_secrets_and_changes_nothing_but_its_own_password_and_tokens() {
        Set<String> readOnly = granted(Role.READ_ONLY).stream().map(Permission::id).collect(Collectors.toSet());
        assertEquals(Set.of("open", "ping", "account.own", "token.own", "system.read", "command.run", "extension.read",
                "alarm.read", "diagnostic.read", "license.read", "catalogue.read", "snmp.status.read", "audit.read"),
                readOnly);
    }

    @Test
    void the_dect_controller_reaches_only_the_air_interface_and_the_ping() {
        assertEquals(Set.of(Permission.OPEN, Permission.PING, Permission.DECT_AIR_INTERFACE),
                granted(Role.DECT_CONTROLLER));
    }

    @Test
    void an_admin_may_do_everything() {
        assertEquals(Set.of(Permission.values()), granted(Role.ADMIN));
    }

    @Test
    void a_caller_is_asked_for_its_roles_and_a_refusal_names_the_missing_permission() {
        assertTrue(Permission.ALARM_CHANGE.grantedTo(Set.of("operator")::contains));
        assertFalse(Permission.ALARM_CHANGE.grantedTo(Set.of("read-only")::contains));
        assertTrue(Permission.OPEN.grantedTo(role -> false), "open to anonymous callers");
        assertEquals("alarm -e needs the permission alarm.change (clear, erase and mark alarms noticed;"
                + " roles: admin, operator)", Permission.ALARM_CHANGE.refusal("alarm -e"));
    }

    private static Set<Permission> granted(Role role) {
        return Arrays.stream(Permission.values()).filter(p -> p.grantedTo(role)).collect(Collectors.toSet());
    }
}
