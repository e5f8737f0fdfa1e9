package ru.zabota.portal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import ru.zabota.support.BrowserTestBase;
import ru.zabota.workflow.StaffWorkbenchSetup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every role's main screens at 1366 px and 390 px, in a browser whose language is English (the office must not depend
 * on the browser's settings): no English word of the user interface, no American date, no placeholder text, no
 * browser dialog on any screen. The head finds the specialist's task through the Tasklist filter «Задачи отдела».
 */
class RussianEverywhereBrowserIT extends BrowserTestBase {
    /** Words the Camunda webapps and form-js show in English; none may appear in the Russian interface. */
    static final List<String> ENGLISH = List.of("Select", "Submit", "Start process", "Filter", "Claim", "Unclaim",
            "Complete", "Save", "Cancel", "Add", "Remove", "Search", "Logout", "Log out", "Dashboard", "Processes",
            "Tasks", "Delete", "Edit", "Create", "Loading", "Actions", "Jobs", "Field is required", "Variables",
            "Incidents", "Deployments", "Users", "Groups", "Authorizations", "Running", "Suspended");
    static final Pattern AMERICAN_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|(?i:mm/dd/yyyy|m/d/yyyy)");
    static final List<String> PLACEHOLDERS = List.of("в разработке", "Раздел в разработке", "Lorem ipsum", "Coming soon",
            "TODO", "Заявления на компенсацию");
    static final List<Dimension> WIDTHS = List.of(DESKTOP, PHONE);

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Override
    protected String browserLanguage() {
        return "en-US";
    }

    // ---- the portal --------------------------------------------------------------------------------------------

    @Test
    void citizen() throws Exception {
        loginToPortal("citizen", "demo");
        visible(By.id("role-CITIZEN")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            for (String path : List.of("/cabinet/ippsu", "/cabinet/certificates", "/cabinet/cases", "/cabinet/contracts",
                    "/cabinet/profile", "/registry", "/catalog")) {
                screen("citizen", path);
            }
        }
    }

    /** The legal representative acts for the child: a [603] request, no second one offered, withdrawn through «Да». */
    @Test
    void representative() throws Exception {
        loginToPortal("parent", "demo");
        visible(By.cssSelector("[id^=act-for-]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
        screen("representative", "/cabinet/ippsu");
        String request = visible(By.linkText("Заключить договор")).getAttribute("href");
        driver.get(request);
        check("representative", "contract-confirm");
        click(By.id("confirmYes"));
        waiting().until(d -> d.getCurrentUrl().matches(".*/cabinet/contracts/\\d+.*"));
        check("representative", "contract-requested");

        // the same card again: the open request is shown, a second one is not offered
        driver.get(request);
        assertThat(visible(By.id("openRequest")).getText()).contains("уже есть незавершённый запрос");
        assertThat(driver.findElements(By.id("confirmYes"))).isEmpty();
        check("representative", "contract-open-request");

        driver.findElement(By.cssSelector("#openRequest a")).click();
        click(By.id("withdrawRequest"));
        // the question comes in the page's dialog, not the browser's
        assertThat(visible(By.id("zbConfirmText")).getText()).contains("Отозвать запрос");
        assertNoBrowserDialog("withdraw");
        visible(By.id("zbConfirmYes")).click();
        waitForText("Запрос отозван");
        assertThat(driver.findElements(By.id("withdrawRequest"))).isEmpty();
        check("representative", "contract-withdrawn");

        driver.manage().window().setSize(PHONE);
        for (String path : List.of("/cabinet/ippsu", "/cabinet/contracts", "/cabinet/certificates")) {
            screen("representative", path);
        }
    }

    @Test
    void provider() throws Exception {
        loginToPortal("provider", "demo");
        visible(By.id("role-PROVIDER")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            for (String path : List.of("/cabinet/contracts", "/cabinet/recipients", "/cabinet/calendar", "/cabinet/ads",
                    "/cabinet/profile")) {
                screen("provider", path);
            }
            // sections that nobody fills yet are not offered
            assertThat(driver.findElement(By.id("cabinetNav")).getAttribute("textContent")).doesNotContain("компенсацию");
        }
    }

    // ---- the office ---------------------------------------------------------------------------------------------

    @Test
    void specialist() throws Exception {
        String caseNumber = caseWithTheSpecialist();
        loginToCamunda("tasklist", "specialist");
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            open("/camunda/app/tasklist/");
            waitForText("Мои задачи");
            assertThat(driver.findElements(By.cssSelector(".start-process-action"))).noneMatch(WebElement::isDisplayed);
            check("specialist", "tasklist");
            openTask(caseNumber);
            click(By.xpath("//label[contains(normalize-space(.),'Принять решение')]"));
            click(By.xpath("//label[contains(normalize-space(.),'Выдать сертификат')]"));
            WebElement date = visible(By.cssSelector(".fjs-datepicker input"));
            waiting().withMessage("the date field of the form asks for дд.мм.гггг")
                    .until(d -> "дд.мм.гггг".equals(date.getAttribute("placeholder")));
            check("specialist", "review-form");
        }
        String casePage = visible(By.linkText("карточке обращения")).getAttribute("href");
        loginToStaffPages("specialist");
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            driver.get(casePage);
            waitForText(caseNumber);
            // specialists have no Cockpit: no link that would end on a refusal
            assertThat(driver.findElements(By.id("cockpitLink"))).isEmpty();
            check("specialist", "case");
            screen("specialist", "/staff/cases");
        }
    }

    /** Acceptance 4: the head sees the specialist's task through «Задачи отдела»; the case page leads to Cockpit. */
    @Test
    void head() throws Exception {
        String caseNumber = caseWithTheSpecialist();
        String casePage = null;
        loginToCamunda("tasklist", "head");
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            open("/camunda/app/tasklist/");
            By department = By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + StaffWorkbenchSetup.DEPARTMENT_FILTER + "']");
            try {
                visible(department).click();
            } catch (org.openqa.selenium.TimeoutException slowStart) {
                // under a full build's load Tasklist may still be loading its filters: one reload, as a person would
                driver.navigate().refresh();
                visible(department).click();
            }
            openTask(caseNumber);
            waitForText("Светлана Иванова"); // the specialist it is assigned to
            check("head", "tasklist-department");
            casePage = visible(By.linkText("карточке обращения")).getAttribute("href");
            screen("head", "/camunda/app/cockpit/default/#/dashboard");
            screen("head", "/camunda/app/cockpit/default/#/processes");
        }
        loginToStaffPages("head");
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            driver.get(casePage);
            check("head", "case");
            click(By.id("cockpitLink"));
            waiting().until(d -> d.getCurrentUrl().contains("/cockpit/default/#/process-instance/"));
            waitForText(caseNumber); // «Номер обращения» of the running instance
            check("head", "cockpit-instance");
        }
    }

    @Test
    void analyst() throws Exception {
        caseWithTheSpecialist();
        loginToCamunda("cockpit", "analyst");
        for (Dimension size : WIDTHS) {
            driver.manage().window().setSize(size);
            screen("analyst", "/camunda/app/cockpit/default/#/dashboard");
            screen("analyst", "/camunda/app/cockpit/default/#/processes");
            visible(By.partialLinkText("[602]")).click();
            waitForText("certificate-602");
            check("analyst", "process-definition");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A [602] application of the citizen, assigned by the head to the specialist: the review form with a date. */
    private String caseWithTheSpecialist() {
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        Map<?, ?> app = citizen.postForObject("/api/certificates", Map.of("type", "SOCIAL_CERTIFICATE"), Map.class);
        Map<?, ?> sent = citizen.postForObject("/api/certificates/" + app.get("id") + "/submit", null, Map.class);
        String caseNumber = sent.get("caseNumber").toString();
        Task assign = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("assignExecutor").singleResult();
        identity.setAuthentication("head", List.of("uszn-heads"));
        try {
            tasks.complete(assign.getId(), Map.of("executor", "specialist"));
        } finally {
            identity.clearAuthentication();
        }
        return caseNumber;
    }

    private void loginToCamunda(String app, String user) {
        open("/camunda/app/" + app + "/");
        // the first load of a webapp in a fresh browser takes long on a busy machine
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(90)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
    }

    private void loginToStaffPages(String user) {
        open("/staff/login");
        visible(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form [type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/staff/login"));
    }

    private void openTask(String caseNumber) {
        visible(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(text(),'Рассмотреть заявление')]")).click();
        waitForText("карточке обращения");
    }

    private void click(By by) {
        WebElement element = visible(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void screen(String role, String path) throws IOException {
        open(path);
        check(role, path);
    }

    /** The checks of every screen, then its screenshot. */
    private void check(String role, String screen) throws IOException {
        assertNoBrowserDialog(screen);
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        boolean camunda = driver.getCurrentUrl().contains("/camunda/");
        if (camunda) {
            // the webapps render after the page has loaded: wait until the loading indicators are gone
            waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return document.body.innerText.trim().length > 0"));
            sleep(2000);
        }
        String text = (String) ((JavascriptExecutor) driver).executeScript(
                "var shown = Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))"
                        + ".filter(function (e) { return e.offsetParent !== null; }).map(function (e) { return e.placeholder; });"
                        + "return document.body.innerText + '\\n' + shown.join('\\n');");
        String where = role + " " + screen + " at " + driver.manage().window().getSize().width + " px (" + driver.getCurrentUrl() + ")";
        List<String> english = new ArrayList<>();
        for (String word : ENGLISH) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])").matcher(text).find()) english.add(word);
        }
        assertThat(english).as("English words on %s", where).isEmpty();
        var date = AMERICAN_DATE.matcher(text);
        if (date.find()) fail("An American date «" + date.group() + "» on " + where);
        for (String p : PLACEHOLDERS) assertThat(text).as("placeholder text on %s", where).doesNotContain(p);
        screenshot("ru-" + role + "-" + screen.replaceAll("[^A-Za-z0-9-]+", "_") + "-" + driver.manage().window().getSize().width);
    }

    /** A browser dialog (alert, confirm, prompt) is never shown. */
    private void assertNoBrowserDialog(String screen) {
        try {
            String text = driver.switchTo().alert().getText();
            fail("A browser dialog «" + text + "» on " + screen);
        } catch (NoAlertPresentException expected) {
            // none
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
