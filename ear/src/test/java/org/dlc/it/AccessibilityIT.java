package org.dlc.it;

import static org.dlc.it.Handsets.created;
import static org.dlc.it.Handsets.locationRegistration;
import static org.dlc.it.Handsets.registered;
import static org.dlc.it.Handsets.subscribed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dlc.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page, for every role, at 1440 px (a desktop) and 390 px (a phone, laid out through the page's viewport
 * meta): axe-core (fetched from npm at build time, pinned; see ear/pom.xml) reports no critical or serious
 * violation, the page is never wider than the screen, the menu marks the current page, collapses behind a button on
 * the phone and fits one row on the desktop. A screenshot of each under target/screenshots/&lt;page&gt;-&lt;role&gt;-&lt;width&gt;.png.
 */
class AccessibilityIT extends ServerTest {

    private static final String AXE = read(Path.of(System.getProperty("dlc.axe.script", "target/axe-core/axe.min.js")));
    private static final int DESKTOP = 1440;
    private static final int PHONE = 390;
    /** axe's two highest impacts: what this test refuses. */
    private static final Set<String> REFUSED = Set.of("critical", "serious");

    private static final Map<Role, String[]> CREDENTIALS = new LinkedHashMap<>();
    private static final List<String> problems = new ArrayList<>();
    private static int checked;

    @BeforeAll
    static void pagesWithRows() {
        // Rows in the tables, an alarm, a blank handset: what the pages show on a system in use.
        Licenses.leaveFree(1);
        created("94001", true);
        subscribed("94001");
        locationRegistration("94001", 10, 77);
        created("94002", false);
        subscribed("94002");
        assertEquals("REJECTED", locationRegistration("94002", 202, 90).getString("result"));
        registered("94003", null, null);

        CREDENTIALS.putAll(Users.oneOfEachRole("axe"));
    }

    @AfterAll
    static void summary() {
        System.out.println("AccessibilityIT: " + checked + " page views checked with axe-core; problems: " + problems.size());
    }

    @Test
    void the_login_page_at_both_widths() {
        problems.clear();
        try (Browser browser = new Browser()) {
            for (int width : List.of(DESKTOP, PHONE)) {
                browser.viewport(width, height(width), width == PHONE);
                browser.open("/login.xhtml");
                browser.find(By.id("j_username"));
                check(browser, "login", "anonymous", width);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void every_page_for_every_role_at_both_widths() {
        problems.clear();
        for (Map.Entry<Role, String[]> who : CREDENTIALS.entrySet()) {
            Role role = who.getKey();
            try (Browser browser = new Browser().login(who.getValue()[0], who.getValue()[1])) {
                for (int width : List.of(DESKTOP, PHONE)) {
                    browser.viewport(width, height(width), width == PHONE);
                    boolean refusalSeen = false;
                    for (PermissionMatrixIT.Page page : PermissionMatrixIT.PAGES) {
                        boolean opens = page.permission().grantedTo(role);
                        if (!opens && refusalSeen) {
                            continue; // the refusal page once per role and width is enough
                        }
                        browser.open(page.path());
                        browser.find(By.id("nav:logout"));
                        String name = opens ? name(page.path()) : "refused";
                        refusalSeen |= !opens;
                        check(browser, name, role.roleName(), width);
                        if (opens && page.menuItem() != null) {
                            currentPageMarked(browser, page, role, width);
                        }
                    }
                    menu(browser, role, width);
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** axe, the page's width and a screenshot. */
    private static void check(Browser browser, String page, String role, int width) {
        String where = page + " as " + role + " at " + width + " px";
        if (Boolean.TRUE.equals(browser.script("return !!window.PrimeFaces;"))) {
            browser.ajaxDone(); // the login page has no PrimeFaces
        }
        String violations = (String) browser.asyncScript(AXE + "\n;"
                + "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
                + "  r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious').map(v =>"
                + "    v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))"
                + ".catch(e => done(JSON.stringify(['axe failed: ' + e])));");
        List<String> found = parseList(violations);
        found.forEach(v -> problems.add(where + ": " + v));
        if (width == PHONE) {
            long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
            long clientWidth = ((Number) browser.script("return document.documentElement.clientWidth;")).longValue();
            if (scrollWidth > PHONE || scrollWidth > clientWidth) {
                problems.add(where + ": the page is " + scrollWidth + " px wide, the screen " + clientWidth + " px ("
                        + widest(browser) + ")");
            }
        }
        browser.fullScreenshot(page + "-" + role + "-" + width);
        checked++;
    }

    /** The current page's menu entry is marked for assistive technology (aria-current) and seen (its class). */
    private static void currentPageMarked(Browser browser, PermissionMatrixIT.Page page, Role role, int width) {
        List<String> current = browser.findAll(By.cssSelector("#nav-menu a[aria-current='page']")).stream()
                .map(a -> a.getAttribute("id")).toList();
        if (!current.equals(List.of(page.menuItem()))) {
            problems.add(page.path() + " as " + role.roleName() + " at " + width + " px: current menu entries " + current);
        }
    }

    /** On the phone the menu hides behind its button, which opens it; on the desktop it is one row. */
    private static void menu(Browser browser, Role role, int width) {
        browser.open(role == Role.DECT_CONTROLLER ? "/account.xhtml" : "/index.xhtml");
        WebElement toggle = browser.find(By.id("nav-toggle"));
        List<WebElement> entries = browser.findAll(By.cssSelector("#nav-menu a"));
        String where = "menu as " + role.roleName() + " at " + width + " px: ";
        if (width == PHONE) {
            if (!toggle.isDisplayed() || entries.stream().anyMatch(WebElement::isDisplayed)) {
                problems.add(where + "not collapsed behind its button");
            }
            toggle.click();
            browser.waitFor(d -> entries.stream().allMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            toggle.click();
            browser.waitFor(d -> entries.stream().noneMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
        } else {
            assertFalse(toggle.isDisplayed(), where + "the menu button shows on a desktop");
            Set<Integer> rows = entries.stream().map(e -> e.getLocation().getY()).collect(Collectors.toSet());
            if (rows.size() > 1) {
                problems.add(where + entries.size() + " entries in " + rows.size() + " rows");
            }
        }
        if (role != Role.DECT_CONTROLLER) {
            assertTrue(!entries.isEmpty(), where + "no entry");
        }
    }

    /** The elements that reach beyond the screen, for the message. */
    private static String widest(Browser browser) {
        return String.valueOf(browser.script("const w = document.documentElement.clientWidth; const out = [];"
                + "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && out.length < 5 && getComputedStyle(e).display !== 'none')"
                + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right)); });"
                + "return out.join(', ');"));
    }

    private static int height(int width) {
        return width == PHONE ? 844 : 900;
    }

    /** "/extension_info.xhtml" -> "extension_info"; the dashboard is "index". */
    private static String name(String path) {
        return path.substring(1, path.length() - ".xhtml".length());
    }

    private static List<String> parseList(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched before the integration tests (ear/pom.xml, "
                    + "fetch-axe-core): " + file, e);
        }
    }
}
