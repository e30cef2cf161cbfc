package org.dlc.it;

import static org.dlc.it.Handsets.created;
import static org.dlc.it.Handsets.locationRegistration;
import static org.dlc.it.Handsets.subscribed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A session that ends while a page is open (logged out in another tab) never leaves the page showing old rows as
 * current: the Alarms page's 10 s refresh and its Refresh button lead to the login page, and after the login the
 * person is back on the page, at the same address (its filter), with the rows as they are now. A page whose view
 * is gone (logged in again in another tab) is opened afresh.
 */
class SessionIT extends ServerTest {

    private static final String USER = "session-operator";
    private static String password;
    private static int severity;

    @BeforeAll
    static void userAndAlarm() {
        password = Users.ready(USER, "operator");
        severity = rejected("95000");
    }

    /** A third-party handset without license rejected: a new alarm 12. @return its severity */
    private static int rejected(String dir) {
        created(dir, false);
        subscribed(dir);
        assertEquals("REJECTED", locationRegistration(dir, 202, 90).getString("result"));
        return Api.get("/api/alarms/" + Handsets.activeAlarm(12, dir)).json().getInt("severity");
    }

    @Test
    void the_ten_second_refresh_after_a_logout_in_another_tab_leads_to_the_login_page_and_back() {
        try (Browser browser = new Browser().login(USER, password)) {
            String page = alarmsPage(browser);
            loggedOutInAnotherTab(browser);
            rejected("95001");

            // No click: the page's own refresh finds the session ended.
            browser.find(By.id("j_username"));
            assertTrue(browser.driver().getCurrentUrl().endsWith(page), browser.driver().getCurrentUrl());
            assertTrue(browser.text().contains("log in to continue on this page"), browser.text());
            assertFalse(browser.text().contains("Directory number =95000"), "old rows under the login page");

            loginHere(browser);
            browser.waitForText("Directory number =95001");
            assertTrue(browser.driver().getCurrentUrl().endsWith(page), "back on " + page + ", not "
                    + browser.driver().getCurrentUrl());
            browser.screenshot("session-back-on-alarms");
        }
    }

    @Test
    void the_refresh_button_after_a_logout_in_another_tab_leads_to_the_login_page_and_back() {
        try (Browser browser = new Browser().login(USER, password)) {
            String page = alarmsPage(browser);
            // The button, not the 10 s refresh (the test above), finds the session ended.
            browser.script("PF('poll').stop();");
            loggedOutInAnotherTab(browser);
            rejected("95002");

            browser.find(By.id("f:refresh")).click();
            browser.find(By.id("j_username"));
            assertTrue(browser.driver().getCurrentUrl().endsWith(page), browser.driver().getCurrentUrl());
            browser.screenshot("session-login");

            loginHere(browser);
            browser.waitForText("Directory number =95002");
            assertTrue(browser.driver().getCurrentUrl().endsWith(page), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void a_page_whose_view_is_gone_after_a_new_login_in_another_tab_is_opened_afresh() {
        try (Browser browser = new Browser().login(USER, password)) {
            String page = "/extension_info.xhtml?from=95000&to=95099";
            browser.open(page);
            browser.waitFor(d -> d.findElement(By.id("f:table")).getText().contains("95000") ? Boolean.TRUE : null);
            String first = loggedOutInAnotherTab(browser);
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open("/account.xhtml");
            loginHere(browser);
            browser.driver().close();
            browser.driver().switchTo().window(first);
            created("95099", false);

            // The page's view belonged to the old session: a click opens the page again, as it is now.
            browser.find(By.id("f:apply")).click();
            browser.waitForText("This page was opened afresh");
            browser.waitFor(d -> d.findElement(By.id("f:table")).getText().contains("95099") ? Boolean.TRUE : null);
            assertTrue(browser.driver().getCurrentUrl().endsWith(page), browser.driver().getCurrentUrl());
            assertTrue(browser.findAll(By.id("j_username")).isEmpty(), "still logged in (the other tab's login)");
        }
    }

    /** Opens the alarms of one severity (a filter in the address). @return the address's end */
    private static String alarmsPage(Browser browser) {
        String page = "/alarms.xhtml?severity=" + severity;
        browser.open(page);
        browser.waitForText("Directory number =95000");
        return page;
    }

    /** Logs out in a second tab of the same browser (same session). @return the first tab */
    private static String loggedOutInAnotherTab(Browser browser) {
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/account.xhtml");
        browser.logout();
        browser.driver().close();
        browser.driver().switchTo().window(first);
        return first;
    }

    /** Logs in on the login page shown where another page was asked for. */
    private static void loginHere(Browser browser) {
        browser.find(By.id("j_username")).sendKeys(USER);
        browser.find(By.id("j_password")).sendKeys(password);
        browser.find(By.id("login-submit")).click();
        browser.waitFor(d -> d.findElements(By.id("j_username")).isEmpty() ? Boolean.TRUE : null);
    }
}
