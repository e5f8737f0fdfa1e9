package ru.zabota.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.zabota.ZabotaSpringTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Browser tests: the application (the shared {@link ZabotaSpringTest} context: H2, demo region, random port) driven
 * by headless Chromium through Selenium. Uses the Debian {@code chromium} and {@code chromium-driver} packages at
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; Selenium Manager never downloads anything. Without
 * them the tests are skipped, or fail when {@code BROWSER_TESTS_REQUIRED=true}. A fresh browser profile per test.
 */
@ZabotaSpringTest
@ExtendWith(BrowserTestBase.BrowserCondition.class)
public abstract class BrowserTestBase {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);

    @LocalServerPort
    protected int port;
    protected WebDriver driver;
    private Path profile;

    /** Skips the test class (reported with the reason) when there is no browser and it is not required. */
    static class BrowserCondition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (missing() == null) return ConditionEvaluationResult.enabled("Chromium found");
            if (required()) return ConditionEvaluationResult.enabled("BROWSER_TESTS_REQUIRED=true");
            return ConditionEvaluationResult.disabled(reason());
        }
    }

    @BeforeAll
    static void requireBrowser() {
        if (missing() == null) return;
        if (required()) Assertions.fail(reason() + " (BROWSER_TESTS_REQUIRED=true)");
        Assumptions.abort(reason());
    }

    private static String missing() {
        if (!Files.isExecutable(CHROMIUM)) return CHROMIUM.toString();
        if (!Files.isExecutable(CHROMEDRIVER)) return CHROMEDRIVER.toString();
        return null;
    }

    private static boolean required() {
        return Boolean.parseBoolean(System.getenv("BROWSER_TESTS_REQUIRED"));
    }

    private static String reason() {
        return "No browser for the browser tests: " + missing() + " is missing (apt-get install chromium chromium-driver)";
    }

    @BeforeEach
    void startBrowser() throws IOException {
        // Selenium takes the driver from here and never asks Selenium Manager to find or download one.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("zabota-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=" + browserLanguage());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        desktop();
    }

    /** The browser's language (ru-RU: the office's and the citizens' browsers); a test may check another one. */
    protected String browserLanguage() {
        return "ru-RU";
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (driver != null) driver.quit();
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** http://localhost:PORT of the running application. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens a path of the application, e.g. {@code open("/registry")}. */
    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    protected void desktop() {
        driver.manage().window().setSize(DESKTOP);
    }

    protected void phone() {
        driver.manage().window().setSize(PHONE);
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    protected WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the browser has left the page that {@code old} belonged to (a form posted, a link followed). Chromium
     * 156's driver sometimes reports such a node as «Node with given id does not belong to the document» instead of a
     * stale element; both mean the page is gone.
     */
    protected void waitUntilGone(WebElement old) {
        waiting().until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
                throw e;
            }
        });
    }

    /** Waits until the page body shows the text. */
    protected void waitForText(String text) {
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "page " + driver.getCurrentUrl() + " does not show «" + text + "»")
                .until(d -> {
                    try {
                        return d.findElement(By.tagName("body")).getText().contains(text);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        // the body of a page being left (see waitUntilGone): look again
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return false;
                        throw e;
                    }
                });
    }

    /** Logs in through the portal login form; the portal then shows the role choice. */
    protected void loginToPortal(String username, String password) {
        open("/login");
        visible(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='/login'] [type=submit]")).click();
        waiting().withMessage(() -> username + " did not get past the login form")
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Saves a PNG of the current window as target/screenshots/NAME.png. */
    protected Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        return Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
