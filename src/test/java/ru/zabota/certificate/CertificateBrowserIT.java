package ru.zabota.certificate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.zabota.support.BrowserTestBase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * [602] as people click it: the citizen applies in the portal, the specialist decides in Tasklist through the
 * Camunda Form «Рассмотреть заявление», and the portal shows the result.
 */
class CertificateBrowserIT extends BrowserTestBase {

    private void chooseCitizenRole() {
        visible(By.id("role-CITIZEN")).click();
        waiting().withMessage(() -> "the cabinet did not open after the role choice")
                .until(d -> d.getCurrentUrl().contains("/cabinet/"));
    }

    /** Tasklist's fixed footer can cover the lower part of a long form: click as a person who scrolled. */
    private void click(By by) {
        var element = visible(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void citizenAppliesSpecialistDecidesInTasklistPortalShowsResult() throws Exception {
        // the citizen applies
        desktop();
        loginToPortal("citizen", "demo");
        chooseCitizenRole();
        open("/cabinet/certificates");
        new Select(visible(By.id("type"))).selectByValue("SOCIAL_CERTIFICATE");
        driver.findElement(By.id("applyButton")).click();
        visible(By.id("submitButton")).click();
        waitForText("Заявление отправлено");
        String cardUrl = driver.getCurrentUrl();
        String caseNumber = visible(By.cssSelector("main p.text-muted")).getText().replaceAll(".*№ ", "").trim();
        screenshot("certificate-submitted");

        // the head assigns the specialist (as Tasklist would)
        Task assign = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("assignExecutor").singleResult();
        identity.setAuthentication("head", List.of("uszn-heads"));
        try {
            tasks.complete(assign.getId(), Map.of("executor", "specialist"));
        } finally {
            identity.clearAuthentication();
        }

        // the specialist refuses in Tasklist through the Camunda Form
        open("/camunda/app/tasklist/");
        visible(By.cssSelector("form[name=signinForm] input[type=text]")).sendKeys("specialist");
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        waitForText("Мои задачи");
        visible(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(text(),'Рассмотреть заявление')]")).click();
        waitForText("карточке обращения");
        // the form holds no personal data: it links to the staff case page that shows it
        var caseLink = visible(By.linkText("карточке обращения"));
        assertThat(caseLink.getAttribute("href")).matches(".*/staff/cases/\\d+$");
        click(By.xpath("//label[contains(normalize-space(.),'Принять решение')]"));
        // on a phone: every choice reads whole, and the end date of a certificate offers no day already past
        phone();
        click(By.xpath("//label[contains(normalize-space(.),'Выдать сертификат')]"));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        assertThat((List<?>) js.executeScript("return [...document.querySelectorAll('.fjs-form-field-label')]"
                + ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim())")).as("labels cut at 390 px").isEmpty();
        var until = visible(By.xpath("//label[contains(.,'Сертификат действует до')]"));
        // the picker opens when the field takes the focus, as a tap on it gives it
        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus(); arguments[0].click();",
                driver.findElement(By.id(until.getAttribute("for"))));
        Map<?, ?> days = (Map<?, ?>) waiting().withMessage(() -> "the date picker did not open").until(d -> js.executeScript(
                "const days = [...document.querySelectorAll('.flatpickr-calendar.open .flatpickr-day')];"
                        + "if (!days.length) return null; const today = new Date(); today.setHours(0, 0, 0, 0);"
                        + "return {pastOffered: days.filter(d => d.dateObj < today && !d.classList.contains('flatpickr-disabled')).length,"
                        + " todayOffered: days.some(d => d.dateObj.getTime() === today.getTime() && !d.classList.contains('flatpickr-disabled'))};"));
        screenshot("certificate-review-form-phone");
        // every day of the month can be tapped: none is off the screen or under another element
        assertThat((List<?>) js.executeScript("const cal = document.querySelector('.flatpickr-calendar.open');"
                + "return [...cal.querySelectorAll('.flatpickr-day:not(.hidden)')].filter(d => { const r = d.getBoundingClientRect();"
                + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return !hit || !cal.contains(hit); })"
                + ".map(d => d.getAttribute('aria-label'))")).as("days that cannot be tapped on a phone").isEmpty();
        assertThat((List<?>) js.executeScript("const cal = document.querySelector('.flatpickr-calendar.open'); const r = cal.getBoundingClientRect();"
                + "return [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]"
                + ".filter(([x, y]) => { const hit = document.elementFromPoint(x, y); return !hit || !cal.contains(hit); })"))
                .as("corners of the picker covered or off the screen").isEmpty();
        assertThat((String) js.executeScript("return document.querySelector('.flatpickr-calendar.open .flatpickr-weekday').textContent.trim()"))
                .as("a Russian week starts on Monday").isEqualTo("Пн");
        driver.findElement(By.id(until.getAttribute("for"))).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        desktop();
        // the specialist changes her mind: the date she touched and left empty leaves with its field, so it does not
        // keep «Завершить» disabled with nothing on the screen to say why
        click(By.xpath("//label[contains(normalize-space(.),'Отказать')]"));
        // type as a person: focus the field, type, and let the form take the value (it debounces input)
        var label = visible(By.xpath("//label[contains(.,'Причина отказа')]"));
        By reason = By.id(label.getAttribute("for"));
        click(reason);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(driver.findElement(reason),
                "Услуги ИППСУ уже оказываются по действующему договору").perform();
        Thread.sleep(800);
        driver.findElement(reason).sendKeys(org.openqa.selenium.Keys.TAB);
        screenshot("certificate-review-form");
        assertThat(driver.findElement(By.xpath("//button[normalize-space(.)='Завершить']")).isEnabled())
                .as("«Завершить» after refusing with a reason, the hidden date's error gone").isTrue();
        click(By.xpath("//button[normalize-space(.)='Завершить']"));
        try {
            waiting().withMessage(() -> "the review task was not completed")
                    .until(d -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("reviewApplication").count() == 0);
        } catch (RuntimeException notCompleted) {
            screenshot("certificate-review-not-completed");
            throw notCompleted;
        }

        // the approver publishes (as Tasklist would)
        Task approve = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("approveDecision").singleResult();
        assertThat(approve).as("approval task after the specialist's decision").isNotNull();
        identity.setAuthentication("approver", List.of("uszn-approvers"));
        try {
            tasks.complete(approve.getId(), Map.of("approval", "PUBLISH"));
        } finally {
            identity.clearAuthentication();
        }

        // the portal shows the result
        loginToPortal("citizen", "demo");
        chooseCitizenRole();
        driver.get(cardUrl);
        waitForText("Отказано");
        waitForText("Услуги ИППСУ уже оказываются по действующему договору");
        screenshot("certificate-refused");
    }
}
