package org.dlc.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages, driven through the system chromedriver. Nothing is downloaded:
 * both paths are given explicitly, so Selenium Manager is never consulted.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMEDRIVER = System.getProperty("dlc.chromedriver", "/usr/bin/chromedriver");
    public static final String CHROMIUM = System.getProperty("dlc.chromium", "/usr/bin/chromium");
    public static final Path TARGET = Server.SERVER_DIR.toAbsolutePath().getParent();
    public static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    private final Path downloads;

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    public Browser() {
        Path scratch = TARGET.resolve("browser");
        Path home = scratch.resolve("home");
        Path profile;
        try {
            Files.createDirectories(home);
            profile = Files.createTempDirectory(Files.createDirectories(scratch), "profile-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString()))
                .withLogFile(scratch.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                // The test server's certificate (Tls), and no other, is accepted as if a CA had signed it.
                "--ignore-certificate-errors-spki-list=" + Tls.spkiHash());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page under /dlc, e.g. {@code open("/extension_info.xhtml")}. */
    public Browser open(String path) {
        driver.get(Server.BASE + path);
        return this;
    }

    /** Logs in through the login page that any page leads to, and waits for the page behind it. */
    public Browser login(String user, String password) {
        open("/");
        find(By.id("j_username")).sendKeys(user);
        find(By.id("j_password")).sendKeys(password);
        find(By.id("login-submit")).click();
        waitFor(d -> d.findElements(By.id("j_username")).isEmpty() ? Boolean.TRUE : null);
        return this;
    }

    /** Logs out through the menu bar. */
    public Browser logout() {
        find(By.id("nav:logout")).click();
        find(By.id("j_username"));
        return this;
    }

    public WebElement find(By by) {
        return waitFor(d -> d.findElement(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits up to 30 s; on a timeout the page (source and screenshot) is kept under target/browser/failures. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            keepFailure();
            throw e;
        }
    }

    private void keepFailure() {
        try {
            Path dir = Files.createDirectories(TARGET.resolve("browser/failures"));
            String name = "failure-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException ignored) {
            // the failure itself is what matters
        }
    }

    /** Waits until the page's text contains {@code text}. */
    public void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until PrimeFaces has no Ajax request queued or running. */
    public void ajaxDone() {
        waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);"))
                ? Boolean.TRUE : null);
    }

    /** Waits for a finished download of this name and returns its text. */
    public String downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        waitFor(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")) ? Boolean.TRUE : null);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays pages out as a screen this wide and high would: {@code mobile} as a phone does (the page's viewport meta
     * decides the layout width; without it a phone lays the page out at 980 px). Applies to the next pages too.
     */
    public void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** A screenshot of the whole page, beyond the screen's height, under target/screenshots/{@code name}.png. */
    public void fullScreenshot(String name) {
        Object data = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true)).get("data");
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page; {@code arguments[0]...} are {@code args}. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs an asynchronous script: it ends by calling {@code arguments[arguments.length - 1]} with its result. */
    public Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    public void screenshot(String name) {
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
