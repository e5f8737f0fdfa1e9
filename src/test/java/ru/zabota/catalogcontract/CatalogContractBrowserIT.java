package ru.zabota.catalogcontract;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import ru.zabota.support.BrowserTestBase;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog contract as people click it at 1366 px: the citizen orders from an ad, the provider accepts, the
 * citizen concludes, the provider marks it done with the cost, the citizen accepts it, the provider confirms the
 * payment. Then the citizen's side at 390 px: the order from the ad and the cabinet sections on a phone.
 */
class CatalogContractBrowserIT extends BrowserTestBase {
    @Autowired
    TestRestTemplate http;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));

    private void click(By by) {
        var element = visible(by);
        String question = element.getAttribute("data-confirm");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        // data-confirm asks in the page's own dialog (never the browser's): the person reads the question, answers «Да»
        if (question != null) {
            assertThat(visible(By.id("zbConfirmText")).getText()).isEqualTo(question);
            visible(By.id("zbConfirmYes")).click();
        }
    }

    private void as(String user, String role) {
        driver.manage().deleteAllCookies();
        loginToPortal(user, "demo");
        visible(By.id("role-" + role)).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
    }

    private void type(By by, String text) {
        var e = visible(by);
        e.clear();
        e.sendKeys(text);
    }

    /** The citizen orders from the ad card; returns the contract card's path. */
    private String order(String comment, String shot) throws Exception {
        Long ad = new CatalogContractJourney(http).adId(CatalogContractJourney.TAXI);
        open("/catalog/ads/" + ad);
        click(By.id("orderContract"));
        waitForText("Заявка на новый контракт");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('plannedDate').value = arguments[0];", today.plusDays(3).toString());
        type(By.id("quantity"), "2");
        type(By.id("comment"), comment);
        screenshot(shot);
        click(By.id("saveOrder"));
        waitForText("Заказ отправлен поставщику");
        assertThat(visible(By.id("contractStatus")).getText()).isEqualTo("Заключение");
        return driver.getCurrentUrl().replace(baseUrl(), "");
    }

    @Test
    void theWholeJourneyOnADesktop() throws Exception {
        as("citizen", "CITIZEN");
        String card = order("Поездка в поликлинику, ул. Калинина, 30", "catalog-contract-request-1366");
        screenshot("catalog-contract-card-citizen-1366");

        as("provider", "PROVIDER");
        open("/cabinet/catalog-contracts");
        waitForText("Контракты по каталогу услуг");
        open(card);
        type(By.id("providerCommentInput"), "Водитель позвонит за час до поездки");
        screenshot("catalog-contract-card-provider-1366");
        click(By.id("providerAccept"));
        waitForText("Договор подписан.");
        assertThat(driver.findElements(By.id("providerAccept"))).isEmpty();

        as("citizen", "CITIZEN");
        open(card);
        waitForText("Водитель позвонит за час до поездки");
        click(By.id("citizenAccept"));
        waitForText("Договор подписан.");
        assertThat(visible(By.id("contractStatus")).getText()).isEqualTo("В работе");
        open("/cabinet/my-services");
        waitForText("В работе");
        screenshot("catalog-contract-my-services-1366");

        as("provider", "PROVIDER");
        open(card);
        type(By.id("doneQuantity"), "2");
        type(By.id("actualCostInput"), "480");
        click(By.id("markDone"));
        waitForText("Выполнение отмечено");

        as("citizen", "CITIZEN");
        open(card);
        waitForText("480,00 ₽");
        screenshot("catalog-contract-acceptance-1366");
        click(By.id("acceptCost"));
        waitForText("Квитанция: На оплате");
        assertThat(visible(By.id("contractStatus")).getText()).isEqualTo("Исполнен");

        as("provider", "PROVIDER");
        open(card);
        click(By.id("confirmPayment"));
        waiting().until(d -> d.getCurrentUrl().contains("/receipts/"));
        open(card);
        waitForText("Квитанция: Оплачена");
        screenshot("catalog-contract-paid-provider-1366");
        open("/cabinet/catalog-contracts?status=EXECUTED");
        waitForText("Квитанция: Оплачена");
        screenshot("catalog-contract-list-provider-1366");
    }

    @Test
    void theCitizensSideOnAPhone() throws Exception {
        phone();
        as("citizen", "CITIZEN");
        String card = order("Поездка в МФЦ", "catalog-contract-request-390");
        screenshot("catalog-contract-card-citizen-390");
        Long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("no horizontal scroll at 390 px").isLessThanOrEqualTo(390);
        open("/cabinet/catalog-contracts");
        waitForText(card.isEmpty() ? "Контракты" : "Заключение");
        screenshot("catalog-contract-list-citizen-390");
        open("/cabinet/my-services");
        waitForText("Мои услуги");
        Long listWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(listWidth).isLessThanOrEqualTo(390);
        screenshot("catalog-contract-my-services-390");
    }
}
