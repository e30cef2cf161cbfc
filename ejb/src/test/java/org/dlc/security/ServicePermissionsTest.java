package org.dlc.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlc.user.Role;
import org.junit.jupiter.api.Test;

/**
 * Defence in depth: every business method of every session bean is guarded by {@code @RolesAllowed}, and its roles
 * are exactly those of the permissions it names with {@link Requires}, so the services cannot drift from the table.
 */
class ServicePermissionsTest {

    /** Open to every caller: start-up seeding (no caller yet) and the observer of committed alarm changes. */
    private static final Set<String> PERMIT_ALL = Set.of("CatalogueService.seedIfEmpty",
            "UserService.seedAdministrator", "SnmpService.alarmChanged", "ExportKeyring.keys",
            // Called by the services that make the change (guarded there) or by the login and permission checks.
            "AuditService.changed", "AuditService.changedBy", "AuditService.loginRefused",
            "AuditService.accessRefused",
            // The SNMP agent's state: called by SnmpService only, after its own checks.
            "SnmpStore.config", "SnmpStore.configure", "SnmpStore.activate", "SnmpStore.reserveSequence",
            "SnmpStore.counted",
            // Read by Prometheus' scrape of /metrics (no caller; counts only, no secret).
            "MetricReadings.activeAlarms", "MetricReadings.informsTimedOut", "MetricReadings.notificationsSent",
            "MetricReadings.poolAllowed", "MetricReadings.poolUsed",
            // The SNMP agent's own threads: the election on a cluster, reading the alarm log there.
            "SnmpService.elected", "SnmpService.readAlarmLog", "SnmpService.restartIfRunning",
            // The readiness check (no caller): whether the agent works, no secret.
            "SnmpService.agentProblem",
            // Writes the rejections the registrations (guarded there) counted in memory; by a timer and readings.
            "RepeatedRejectionsWriter.store",
            // The identities the realm checks logins against: the web tier's cache handle (once, at its start) and
            // the invalidation UserService's guarded changes call in their transaction.
            "Identities.cache", "Identities.changed");

    @Test
    void every_business_method_allows_exactly_the_roles_of_its_permissions() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 13, "session beans found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<String> permitted = new TreeSet<>();
        int checked = 0;
        for (Class<?> bean : beans) {
            for (Method m : businessMethods(bean)) {
                if (m.isAnnotationPresent(PermitAll.class)) {
                    permitted.add(bean.getSimpleName() + "." + m.getName());
                } else {
                    problem(bean, m).ifPresent(problems::add);
                    checked++;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(new TreeSet<>(PERMIT_ALL), permitted);
        assertTrue(checked > 40, "methods checked: " + checked);
    }

    @Test
    void a_forgotten_or_drifted_annotation_is_found() throws Exception {
        assertEquals("Drifted.unguarded: needs @Requires and @RolesAllowed (or @PermitAll)",
                problem(Drifted.class, Drifted.class.getMethod("unguarded")).orElseThrow());
        assertEquals("Drifted.drifted: @RolesAllowed[admin, operator, read-only] but [ALARM_CHANGE] are [admin, operator]",
                problem(Drifted.class, Drifted.class.getMethod("drifted")).orElseThrow());
        assertTrue(problem(Drifted.class, Drifted.class.getMethod("right")).isEmpty());
    }

    @Stateless
    static final class Drifted {
        public void unguarded() {
        }

        @Requires(Permission.ALARM_CHANGE)
        @RolesAllowed({"admin", "operator", "read-only"})
        public void drifted() {
        }

        @Requires(Permission.ALARM_CHANGE)
        @RolesAllowed({"admin", "operator"})
        public void right() {
        }
    }

    private static Optional<String> problem(Class<?> bean, Method m) {
        String name = bean.getSimpleName() + "." + m.getName();
        Requires requires = m.getAnnotation(Requires.class);
        RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
        if (requires == null || allowed == null) {
            return Optional.of(name + ": needs @Requires and @RolesAllowed (or @PermitAll)");
        }
        Set<String> expected = Permission.rolesOf(requires.value()).stream().map(Role::roleName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!expected.equals(Set.of(allowed.value()))) {
            return Optional.of(name + ": @RolesAllowed" + Arrays.toString(allowed.value()) + " but "
                    + Arrays.toString(requires.value()) + " are " + expected);
        }
        return Optional.empty();
    }

    private static List<Method> businessMethods(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())
                && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()).toList();
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
        Path root = Path.of(Permission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ServicePermissionsTest::load)
                    .filter(c -> c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ServicePermissionsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
