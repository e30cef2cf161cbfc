package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.dlc.security.Permission;
import org.dlc.user.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The permission matrix against the real server: every REST path and method the server publishes (its OpenAPI
 * document), every command and every page, as every role and anonymously. The expected outcome comes from
 * {@link Permission}, the one definition: allowed means anything but 401/403 (a 400, 404 or 409 for a request that
 * changes nothing is fine), refused means exactly 403 naming the missing permission (401 with a challenge without
 * credentials). An endpoint the server publishes without a row here fails the test, and so does a row without
 * an endpoint.
 */
class PermissionMatrixIT extends ServerTest {

    /** One REST call: the permission it needs and a request that changes nothing lasting when allowed. */
    private record Call(Permission permission, Supplier<Api.Reply> request) {
    }

    private static final String IPEI = Handsets.ipei("59990");
    private static final String NO_EXTENSION = "59990";
    private static final String NO_HANDLE = "999999";

    /** "METHOD /path as the OpenAPI document names it" -> the call. */
    private static final Map<String, Call> REST = new LinkedHashMap<>();

    static {
        rest("GET /health", Permission.OPEN, () -> Api.get("/api/health"));
        rest("GET /health/live", Permission.OPEN, () -> Api.get("/api/health/live"));
        rest("GET /health/ready", Permission.OPEN, () -> Api.get("/api/health/ready"));
        rest("GET /ping", Permission.PING, () -> Api.get("/api/ping"));
        rest("GET /system", Permission.SYSTEM_READ, () -> Api.get("/api/system"));
        rest("POST /commands", Permission.COMMAND_RUN, () -> Api.command("license_status"));
        rest("GET /extensions", Permission.EXTENSION_READ, () -> Api.get("/api/extensions"));
        rest("POST /extensions", Permission.EXTENSION_CHANGE, () -> Api.post("/api/extensions", "{\"directoryNumber\":\"x\"}"));
        rest("GET /extensions/{dir}", Permission.EXTENSION_READ, () -> Api.get("/api/extensions/" + NO_EXTENSION));
        rest("PATCH /extensions/{dir}", Permission.EXTENSION_CHANGE,
                () -> Api.patch("/api/extensions/" + NO_EXTENSION, "{\"thirdPartyClient\":true}"));
        rest("DELETE /extensions/{dir}", Permission.EXTENSION_CHANGE, () -> Api.delete("/api/extensions/" + NO_EXTENSION));
        rest("PUT /extensions/{dir}/dect", Permission.SUBSCRIPTION_CHANGE, () -> Api.put("/api/extensions/" + NO_EXTENSION
                + "/dect", "application/json", "{\"ipei\":\"" + IPEI + "\",\"authenticationKey\":\"1234\"}"));
        rest("DELETE /extensions/{dir}/dect", Permission.SUBSCRIPTION_CHANGE,
                () -> Api.delete("/api/extensions/" + NO_EXTENSION + "/dect"));
        rest("POST /dect/access-rights", Permission.DECT_AIR_INTERFACE, () -> Api.post("/api/dect/access-rights",
                "{\"ipei\":\"" + IPEI + "\",\"authenticationCode\":\"1234\"}"));
        rest("POST /dect/location-registrations", Permission.DECT_AIR_INTERFACE,
                () -> Api.post("/api/dect/location-registrations", "{\"ipei\":\"" + IPEI + "\"}"));
        rest("GET /alarms", Permission.ALARM_READ, () -> Api.get("/api/alarms"));
        rest("GET /alarms/{handle}", Permission.ALARM_READ, () -> Api.get("/api/alarms/" + NO_HANDLE));
        rest("POST /alarms/{handle}/clear", Permission.ALARM_CHANGE, () -> Api.post("/api/alarms/" + NO_HANDLE + "/clear", ""));
        rest("POST /alarms/{handle}/noticed", Permission.ALARM_CHANGE,
                () -> Api.post("/api/alarms/" + NO_HANDLE + "/noticed", ""));
        rest("GET /diagnostics", Permission.DIAGNOSTIC_READ, () -> Api.get("/api/diagnostics"));
        rest("DELETE /diagnostics", Permission.DIAGNOSTIC_CLEAR, () -> Api.delete("/api/diagnostics"));
        rest("GET /license", Permission.LICENSE_READ, () -> Api.get("/api/license"));
        rest("GET /license/file", Permission.LICENSE_READ, () -> Api.get("/api/license/file"));
        rest("GET /license/keys", Permission.LICENSE_READ, () -> Api.get("/api/license/keys"));
        rest("PUT /license/file", Permission.LICENSE_INSTALL, () -> Api.put("/api/license/file", "text/plain", "not a license"));
        rest("GET /catalogue", Permission.CATALOGUE_READ, () -> Api.get("/api/catalogue"));
        rest("PUT /catalogue", Permission.CATALOGUE_CHANGE, () -> Api.put("/api/catalogue", "text/csv", "not,a,catalogue\n"));
        rest("POST /catalogue", Permission.CATALOGUE_CHANGE, () -> Api.post("/api/catalogue", "{}"));
        rest("PUT /catalogue/{id}", Permission.CATALOGUE_CHANGE, () -> Api.put("/api/catalogue/" + NO_HANDLE,
                "application/json", "{\"manic\":4242,\"modicFrom\":1,\"modicTo\":1,\"vendor\":\"V\",\"mitel\":false}"));
        rest("DELETE /catalogue/{id}", Permission.CATALOGUE_CHANGE, () -> Api.delete("/api/catalogue/" + NO_HANDLE));
        rest("GET /snmp/config", Permission.SNMP_CONFIG_READ, () -> Api.get("/api/snmp/config"));
        rest("PUT /snmp/config", Permission.SNMP_CONFIG_CHANGE, () -> Api.put("/api/snmp/config", "application/json", "[]"));
        rest("PATCH /snmp/config", Permission.SNMP_CONFIG_CHANGE, () -> Api.patch("/api/snmp/config", "{\"port\":0}"));
        rest("GET /snmp/status", Permission.SNMP_STATUS_READ, () -> Api.get("/api/snmp/status"));
        rest("GET /transfer", Permission.TRANSFER_EXPORT, () -> Api.get("/api/transfer"));
        rest("POST /transfer", Permission.TRANSFER_IMPORT, () -> Api.post("/api/transfer", "{\"format\":\"not-an-export\"}"));
        rest("POST /migration", Permission.MIGRATION_RUN, () -> Api.post("/api/migration", "{\"format\":\"not-a-system\"}"));
        rest("POST /migration/dry-run", Permission.MIGRATION_DRY_RUN,
                () -> Api.post("/api/migration/dry-run", "{\"format\":\"not-a-system\"}"));
        rest("GET /readiness", Permission.LICENSE_READ, () -> Api.get("/api/readiness"));
        rest("GET /dashboard", Permission.SYSTEM_READ, () -> Api.get("/api/dashboard"));
        rest("GET /users", Permission.USER_MANAGE, () -> Api.get("/api/users"));
        rest("POST /users", Permission.USER_MANAGE, () -> Api.post("/api/users", "{\"name\":\"m\",\"role\":\"no-such-role\"}"));
        rest("GET /users/{name}", Permission.USER_MANAGE, () -> Api.get("/api/users/no-such-user"));
        rest("PATCH /users/{name}", Permission.USER_MANAGE, () -> Api.patch("/api/users/no-such-user", "{\"role\":\"admin\"}"));
        rest("DELETE /users/{name}", Permission.USER_MANAGE, () -> Api.delete("/api/users/no-such-user"));
        rest("POST /users/{name}/secret", Permission.USER_MANAGE, () -> Api.post("/api/users/no-such-user/secret", ""));
        rest("GET /audit", Permission.AUDIT_READ, () -> Api.get("/api/audit?limit=1"));
        rest("GET /audit/registrations", Permission.AUDIT_READ, () -> Api.get("/api/audit/registrations"));
        rest("GET /users/me", Permission.OWN_ACCOUNT, () -> Api.get("/api/users/me"));
        rest("GET /users/me/tokens", Permission.OWN_TOKENS, () -> Api.get("/api/users/me/tokens"));
        rest("POST /users/me/tokens", Permission.OWN_TOKENS, () -> Api.post("/api/users/me/tokens", "{\"label\":\"\"}"));
        rest("DELETE /users/me/tokens/{id}", Permission.OWN_TOKENS, () -> Api.delete("/api/users/me/tokens/000000000000"));
        rest("PUT /users/me/password", Permission.OWN_ACCOUNT, () -> Api.put("/api/users/me/password", "application/json",
                "{\"currentPassword\":\"not-the-password\",\"password\":\"a-new-password\"}"));
    }

    private static void rest(String endpoint, Permission permission, Supplier<Api.Reply> request) {
        REST.put(endpoint, new Call(permission, request));
    }

    /** A command line and the permission it needs (on top of command.run for POST /api/commands). */
    private static final Map<String, Permission> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("extension -p -d " + NO_EXTENSION, Permission.EXTENSION_READ);
        COMMANDS.put("extension -c -d " + NO_EXTENSION + " -l 2", Permission.EXTENSION_CHANGE);
        COMMANDS.put("extension -c -d " + NO_EXTENSION + " --third-party-client yes", Permission.EXTENSION_CHANGE);
        COMMANDS.put("extension -e -d " + NO_EXTENSION, Permission.EXTENSION_CHANGE);
        COMMANDS.put("dect_extension -p -d " + NO_EXTENSION, Permission.EXTENSION_READ);
        COMMANDS.put("dect_extension -i -d " + NO_EXTENSION + " --ipei " + IPEI + " --authentication-key 1234",
                Permission.SUBSCRIPTION_CHANGE);
        COMMANDS.put("dect_extension -e -d " + NO_EXTENSION, Permission.SUBSCRIPTION_CHANGE);
        COMMANDS.put("extension_info -d all --terminal-info", Permission.EXTENSION_READ);
        COMMANDS.put("diagnostic_print", Permission.DIAGNOSTIC_READ);
        COMMANDS.put("diagnostic_print --clear", Permission.DIAGNOSTIC_CLEAR);
        COMMANDS.put("alarm -p", Permission.ALARM_READ);
        COMMANDS.put("alarm -e --handle " + NO_HANDLE, Permission.ALARM_CHANGE);
        COMMANDS.put("alarm --noticed --handle " + NO_HANDLE, Permission.ALARM_CHANGE);
        COMMANDS.put("license_status", Permission.LICENSE_READ);
    }

    /** Each page, the permission to open it, and the menu entry that leads there (AccessibilityIT walks them too). */
    record Page(String path, Permission permission, String menuItem) {
    }

    static final List<Page> PAGES = List.of(
            new Page("/index.xhtml", Permission.SYSTEM_READ, "nav:m-dashboard"),
            new Page("/extension_info.xhtml", Permission.EXTENSION_READ, "nav:m-extension-info"),
            new Page("/diagnostic_print.xhtml", Permission.DIAGNOSTIC_READ, "nav:m-diagnostic"),
            new Page("/alarms.xhtml", Permission.ALARM_READ, "nav:m-alarms"),
            new Page("/licenses.xhtml", Permission.LICENSE_READ, "nav:m-licenses"),
            new Page("/extensions.xhtml", Permission.EXTENSION_READ, "nav:m-extensions"),
            new Page("/catalogue.xhtml", Permission.CATALOGUE_READ, "nav:m-catalogue"),
            new Page("/users.xhtml", Permission.USER_MANAGE, "nav:m-users"),
            new Page("/audit.xhtml", Permission.AUDIT_READ, "nav:m-audit"),
            new Page("/readiness.xhtml", Permission.LICENSE_READ, "nav:m-readiness"),
            new Page("/not_seen.xhtml", Permission.EXTENSION_READ, "nav:m-not-seen"),
            new Page("/account.xhtml", Permission.OWN_ACCOUNT, null));

    /** A button on a page and the permission it needs (rendered only for those who have it). */
    private record Button(String page, String id, Permission permission) {
    }

    private static final List<Button> BUTTONS = List.of(
            new Button("/extensions.xhtml", "f:new", Permission.EXTENSION_CHANGE),
            new Button("/diagnostic_print.xhtml", "f:clear", Permission.DIAGNOSTIC_CLEAR),
            new Button("/alarms.xhtml", "f:clearAll", Permission.ALARM_CHANGE),
            new Button("/licenses.xhtml", "f:install", Permission.LICENSE_INSTALL),
            new Button("/catalogue.xhtml", "imp:import", Permission.CATALOGUE_CHANGE),
            new Button("/readiness.xhtml", "f:check", Permission.MIGRATION_DRY_RUN));

    private static final Map<Role, String[]> CREDENTIALS = new LinkedHashMap<>();
    /** An API token of each person's role (the DECT controller has none: OWN_TOKENS). */
    private static final Map<Role, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void users() {
        CREDENTIALS.putAll(Users.oneOfEachRole("matrix"));
        for (Role role : List.of(Role.ADMIN, Role.OPERATOR, Role.READ_ONLY)) {
            String[] who = CREDENTIALS.get(role);
            Api.Reply token = Api.as(who[0], who[1], () -> Api.post("/api/users/me/tokens", "{\"label\":\"matrix\"}"));
            assertEquals(201, token.status(), token.body());
            TOKENS.put(role, token.json().getString("token"));
        }
    }

    /** A token has its person's role: every endpoint answers it as it answers the person's password. */
    @Test
    void every_endpoint_with_an_api_token_of_every_persons_role() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Call> e : REST.entrySet()) {
            Call call = e.getValue();
            for (Map.Entry<Role, String> who : TOKENS.entrySet()) {
                Api.Reply reply = Api.withToken(who.getValue(), call.request());
                check(e.getKey(), who.getKey().roleName() + "'s token", call.permission().grantedTo(who.getKey()),
                        call.permission(), reply, 403).ifPresent(wrong::add);
                cells++;
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(REST.size() * 3, cells);
    }

    @Test
    void every_published_endpoint_has_a_rule_and_every_rule_an_endpoint() {
        assertEquals(new TreeSet<>(REST.keySet()), publishedEndpoints());
    }

    @Test
    void every_endpoint_as_every_role_and_anonymously() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Call> e : REST.entrySet()) {
            Call call = e.getValue();
            for (Map.Entry<Role, String[]> who : CREDENTIALS.entrySet()) {
                Api.Reply reply = Api.as(who.getValue()[0], who.getValue()[1], call.request());
                check(e.getKey(), who.getKey().roleName(), call.permission().grantedTo(who.getKey()), call.permission(),
                        reply, 403).ifPresent(wrong::add);
                cells++;
            }
            check(e.getKey(), "anonymous", call.permission().open(), call.permission(),
                    Api.anonymously(call.request()), 401).ifPresent(wrong::add);
            cells++;
        }
        assertEquals(List.of(), wrong);
        assertEquals(REST.size() * (Role.values().length + 1), cells);
        System.out.println("PermissionMatrixIT: " + cells + " REST cells (" + REST.size() + " endpoints x "
                + (Role.values().length + 1) + " callers) as expected");
    }

    @Test
    void an_anonymous_call_is_challenged_and_a_refusal_is_a_problem_naming_the_permission() {
        Api.Reply anonymous = Api.anonymously(() -> Api.get("/api/extensions"));
        assertEquals(401, anonymous.status());
        String[] viewer = CREDENTIALS.get(Role.READ_ONLY);
        Api.Reply refused = Api.as(viewer[0], viewer[1], () -> Api.delete("/api/diagnostics"));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        JsonObject problem = refused.json();
        assertEquals(403, problem.getInt("status"));
        assertEquals("DELETE /api/diagnostics needs the permission diagnostic.clear (clear the diagnostic list;"
                + " roles: admin, operator)", problem.getString("detail"));
    }

    @Test
    void the_favicon_is_a_static_resource_open_to_anyone() {
        Api.Reply icon = Api.anonymously(() -> Api.get("/favicon.ico"));
        assertEquals(200, icon.status(), icon.toString());
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
    }

    @Test
    void every_command_as_every_role() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Permission> e : COMMANDS.entrySet()) {
            for (Map.Entry<Role, String[]> who : CREDENTIALS.entrySet()) {
                Role role = who.getKey();
                Api.Reply reply = Api.as(who.getValue()[0], who.getValue()[1], () -> Api.command(e.getKey()));
                Permission missing = !Permission.COMMAND_RUN.grantedTo(role) ? Permission.COMMAND_RUN : e.getValue();
                check(e.getKey(), role.roleName(), missing.grantedTo(role), missing, reply, 403).ifPresent(wrong::add);
                cells++;
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(COMMANDS.size() * Role.values().length, cells);
        System.out.println("PermissionMatrixIT: " + cells + " command cells as expected");
    }

    @Test
    void every_page_as_every_role_shows_what_the_role_may_use_and_refuses_the_rest_with_navigation() {
        for (Map.Entry<Role, String[]> who : CREDENTIALS.entrySet()) {
            Role role = who.getKey();
            try (Browser browser = new Browser().login(who.getValue()[0], who.getValue()[1])) {
                for (Page page : PAGES) {
                    browser.open(page.path());
                    browser.find(By.id("nav:logout"));
                    String text = browser.text();
                    String where = role.roleName() + " on " + page.path() + ": ";
                    if (page.permission().grantedTo(role)) {
                        assertTrue(!text.contains("Not allowed"), where + text);
                    } else {
                        assertTrue(text.contains("Not allowed for " + who.getValue()[0] + " (" + role.roleName()
                                + "): the page " + page.path() + " needs the permission " + page.permission().id()),
                                where + text);
                    }
                    for (Page other : PAGES) {
                        if (other.menuItem() != null) {
                            assertEquals(other.permission().grantedTo(role),
                                    !browser.findAll(By.id(other.menuItem())).isEmpty(), where + "menu " + other.menuItem());
                        }
                    }
                    for (Button button : BUTTONS) {
                        if (button.page().equals(page.path()) && page.permission().grantedTo(role)) {
                            assertEquals(button.permission().grantedTo(role), !browser.findAll(By.id(button.id())).isEmpty(),
                                    where + "button " + button.id());
                        }
                    }
                }
                browser.open("/users.xhtml");
                browser.screenshot("refused-" + role.roleName());
            }
        }
    }

    private static Optional<String> check(String what, String who, boolean allowed, Permission permission,
                                          Api.Reply reply, int refusedStatus) {
        boolean ok;
        if (allowed) {
            ok = reply.status() != 401 && reply.status() != 403;
        } else {
            ok = reply.status() == refusedStatus
                    && (refusedStatus == 401 || reply.body().contains("needs the permission " + permission.id()));
        }
        return ok ? Optional.empty() : Optional.of(what + " as " + who + ": expected "
                + (allowed ? "allowed" : refusedStatus + " for " + permission.id()) + ", got " + reply);
    }

    /** The paths and methods the server's OpenAPI document lists, as {@code METHOD /path} under /dlc/api. */
    private static Set<String> publishedEndpoints() {
        Api.Reply reply = Api.anonymously(() -> Api.getFromServer("/openapi?format=JSON", "application/json"));
        assertEquals(200, reply.status(), reply.body());
        JsonObject paths = reply.json().getJsonObject("paths");
        Set<String> endpoints = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    endpoints.add(method.toUpperCase() + " " + path.substring("/dlc/api".length()));
                }
            }
        }
        return endpoints;
    }
}
