package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import ru.zabota.TimeConfig;
import ru.zabota.support.BrowserTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * [603] as people click it: the citizen requests a contract from the ИППСУ, the provider edits and signs it, the
 * citizen signs, the provider fills the delivery calendar and the citizen signs for each visit, then signs the act
 * and rates the provider (desktop); and the worker's phone at a visit (390 px), signature drawn on the screen.
 */
class ContractBrowserIT extends BrowserTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    DeliveryRepository deliveries;

    final LocalDate today = LocalDate.now(TimeConfig.REGION_ZONE);

    private void loginAs(String user, String role) {
        driver.manage().deleteAllCookies();
        loginToPortal(user, "demo");
        visible(By.id("role-" + role)).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
    }

    /** Clicks a button that asks «…?» in the page's dialog (never the browser's) and answers «Да», as a person would. */
    private void clickAndConfirm(By by, String question) {
        click(by);
        assertThat(visible(By.id("zbConfirmText")).getText()).contains(question);
        visible(By.id("zbConfirmYes")).click();
    }

    private void click(By by) {
        WebElement e = visible(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        waiting().until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    private void setValue(By by, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", visible(by), value);
    }

    private String status(String id) {
        return visible(By.id(id)).getText();
    }

    /** Draws a zigzag on the signature pad with the pointer, as a finger would. */
    private void drawSignature() {
        WebElement pad = visible(By.id("signaturePad"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", pad);
        int w = pad.getSize().getWidth();
        Actions a = new Actions(driver).moveToElement(pad, -w / 2 + 20, 30).clickAndHold();
        for (int i = 1; i <= 10; i++) a.moveByOffset((w - 60) / 10, i % 2 == 0 ? -50 : 50);
        a.release().perform();
    }

    private ContractJourney journey() {
        return ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
    }

    @Test
    void wholeJourneyOnDesktop() throws Exception {
        desktop();
        // the citizen requests a contract with a recommended provider from the ИППСУ
        loginAs("citizen", "CITIZEN");
        open("/cabinet/ippsu");
        click(By.xpath("//div[@id='recommendedProviders']//div[contains(., 'Ханты-Мансийский КЦСОН')]/a[contains(., 'Заключить договор')]"));
        assertThat(visible(By.id("confirmContract")).getText()).contains("Ханты-Мансийский КЦСОН");
        click(By.id("confirmYes"));
        waitForText("Запрос отправлен поставщику");
        assertThat(status("contractStatus")).isEqualTo("На заключении");
        String contractUrl = driver.getCurrentUrl();
        String contractPath = contractUrl.substring(contractUrl.indexOf("/cabinet/"));
        long contractId = Long.parseLong(contractPath.replaceAll("\\D", ""));

        // the provider removes a service, saves the term and signs
        loginAs("provider", "PROVIDER");
        open("/cabinet/contracts");
        click(By.cssSelector("#contractList a[href$='/cabinet/contracts/" + contractId + "']"));
        assertThat(visible(By.id("recipientIppsu")).getText()).contains("ИППСУ получателя", "Уборка жилых помещений");
        int services = driver.findElements(By.cssSelector("#contractLines tbody tr")).size();
        clickAndConfirm(By.xpath("//table[@id='contractLines']//tr[contains(., 'документов')]//button"), "Удалить из договора услугу");
        waitForText("Услуга удалена из договора");
        assertThat(driver.findElements(By.cssSelector("#contractLines tbody tr"))).hasSize(services - 1);
        // one contract per ИППСУ service and period: other tests' contracts over these days are closed first
        journey().retireOverlapping(today.minusDays(1), today);
        setValue(By.id("from"), today.minusDays(1).toString());
        setValue(By.id("to"), today.toString());
        click(By.id("saveTerm"));
        waitForText("Период действия договора сохранён");
        clickAndConfirm(By.id("signContract"), "Подписать договор?");
        waitForText("Договор подписан");
        assertThat(status("contractStatus")).isEqualTo("На подписании");
        screenshot("contract-provider-signed");
        open("/cabinet/recipients");
        assertThat(visible(By.id("recipients")).getText()).contains("Петрова Анна Сергеевна", "На подписании");

        // the citizen reviews and signs: «Действующий»
        loginAs("citizen", "CITIZEN");
        open(contractPath);
        assertThat(visible(By.id("citizenActions")).getText()).contains("Поставщик подписал договор");
        clickAndConfirm(By.id("signContract"), "Подписать договор?");
        waitForText("Договор подписан");
        assertThat(status("contractStatus")).isEqualTo("Действующий");
        assertThat(visible(By.id("actNotReady")).getText()).contains("когда все услуги по договору будут оказаны");
        assertThat(driver.findElements(By.id("signAct"))).isEmpty();

        // the provider fills the calendar: the recipient, a day and time, each service of the contract
        loginAs("provider", "PROVIDER");
        open("/cabinet/calendar");
        new Select(visible(By.id("contract"))).selectByValue(String.valueOf(contractId)); // submits on change
        waiting().until(d -> d.getCurrentUrl().contains("contract=" + contractId));
        List<String> lineIds = new Select(visible(By.id("lineId"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        int hour = 9;
        for (String lineId : lineIds) {
            new Select(visible(By.id("lineId"))).selectByValue(lineId);
            setValue(By.id("date"), today.minusDays(1).toString());
            setValue(By.id("time"), "%02d:00".formatted(hour++));
            WebElement page = driver.findElement(By.tagName("body"));
            click(By.id("saveDelivery"));
            waitUntilGone(page);
            waitForText("Оказание сохранено в календаре");
        }
        open("/cabinet/calendar?view=day&contract=" + contractId + "&date=" + today.minusDays(1));
        waiting().until(d -> d.findElements(By.cssSelector("#calendarGrid a.zb-slot")).size() == lineIds.size());
        screenshot("contract-calendar-day");

        // the citizen signs for each visit in the cabinet (past visits not confirmed at the time)
        loginAs("citizen", "CITIZEN");
        for (int i = 0; i < lineIds.size(); i++) {
            open(contractPath);
            click(By.xpath("//div[@id='deliveryList']//a[normalize-space()='Подтвердить']"));
            drawSignature();
            WebElement page = driver.findElement(By.tagName("body"));
            click(By.id("confirmDelivery"));
            waitUntilGone(page);
            waitForText("Оказание услуги подтверждено получателем.");
            assertThat(status("deliveryStatus")).isEqualTo("Подтверждено");
        }

        // the ИППСУ counts what was delivered
        open("/cabinet/ippsu");
        String delivered = visible(By.cssSelector("#ippsuServices tr[data-service='Уборка жилых помещений'] td.zb-delivered")).getText();
        assertThat(Integer.parseInt(delivered)).isGreaterThanOrEqualTo(1);

        // the act, then «Исполнен», then the rating
        open(contractPath);
        clickAndConfirm(By.id("signAct"), "Подписать акт оказанных услуг?");
        waitForText("Акт оказанных услуг подписан");
        assertThat(status("contractStatus")).isEqualTo("Исполнен");
        click(By.cssSelector("label[for='rating5']"));
        visible(By.id("comment")).sendKeys("Всё сделали вовремя, спасибо");
        click(By.id("sendReview"));
        waitForText("Ваша оценка учтена");
        assertThat(visible(By.id("reviewGiven")).getText()).contains("5 из 5").contains("Всё сделали вовремя");
        screenshot("contract-executed-rated");
        open("/cabinet/ippsu"); // the recommended provider now shows its rating where the citizen chooses
        assertThat(visible(By.cssSelector("#recommendedProviders [data-rating='" + journey().providerId() + "']")).getText()).contains("из 5");

        // the provider sees «Исполнен»; the public card shows the rating
        loginAs("provider", "PROVIDER");
        open(contractPath);
        assertThat(status("contractStatus")).isEqualTo("Исполнен");
        open("/registry/" + journey().providerId());
        assertThat(visible(By.id("providerRating")).getText()).contains("из 5").containsPattern("оценок: \\d+");
        screenshot("provider-card-rating");
        open("/registry?q=Ханты-Мансийский");
        assertThat(visible(By.cssSelector("[data-rating='" + journey().providerId() + "']")).getText()).contains("из 5");
        screenshot("registry-with-rating");
    }

    @Test
    void workerConfirmsAVisitWithTheCitizensSignatureOnAPhone() throws Exception {
        ContractJourney j = journey();
        Map<?, ?> contract = j.activeContract(today.minusDays(3), today.plusDays(3), ContractDeliveryApiTest.LEGAL_HELP);
        Object line = ((List<Map<?, ?>>) contract.get("lines")).get(0).get("id");
        Object delivery = j.schedule("provider", contract.get("id"), line, today + "T09:30:00").getBody().get("id");

        phone();
        loginAs("worker", "WORKER");
        open("/cabinet/calendar?date=" + today + "&view=day");
        click(By.cssSelector("#calendarGrid a[data-delivery='" + delivery + "']"));
        // nothing drawn: the page asks for the signature and nothing is saved
        click(By.id("confirmDelivery"));
        assertThat(visible(By.id("signatureEmpty")).getText()).contains("Поле подписи пустое");
        assertThat(deliveries.findById(((Number) delivery).longValue()).orElseThrow().isConfirmed()).isFalse();

        drawSignature();
        screenshot("delivery-signature-phone");
        click(By.id("confirmDelivery"));
        waitForText("Оказание услуги подтверждено получателем.");
        assertThat(status("deliveryStatus")).isEqualTo("Подтверждено");
        assertThat(visible(By.id("lockedMessage")).getText()).contains("изменить или удалить его нельзя");
        assertThat(driver.findElements(By.id("editCard"))).isEmpty();
        Boolean imageLoaded = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var i = document.getElementById('signatureImage'); return i.complete && i.naturalWidth > 0;");
        assertThat(imageLoaded).isTrue();
        Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(PHONE.getWidth());
        screenshot("delivery-confirmed-phone");
        Delivery saved = deliveries.findById(((Number) delivery).longValue()).orElseThrow();
        assertThat(saved.isConfirmed()).isTrue();
        assertThat(saved.getDocumentHash()).hasSize(64);
    }
}
