package ru.zabota.catalog;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.zabota.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog as people click it: the provider adds an ad and sends it; the moderator returns it in Tasklist with
 * remarks through the Camunda Form; the provider sees the remarks, fixes and sends; the moderator publishes; an
 * anonymous visitor finds it by category and territory, on a desktop and at 390 px.
 */
class CatalogBrowserIT extends BrowserTestBase {
    @Autowired
    TaskService tasks;

    private void click(By by) {
        var element = visible(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void providerCabinet() {
        loginToPortal("provider", "demo");
        visible(By.id("role-PROVIDER")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
        open("/cabinet/ads");
    }

    private String number(String name) {
        return visible(By.xpath("//tr[.//div[normalize-space(.)='" + name + "']]//div[starts-with(normalize-space(.),'AD-')]")).getText().trim();
    }

    private void moderateInTasklist(String number, String decision, String remarks) throws Exception {
        driver.manage().deleteAllCookies();
        open("/camunda/app/tasklist/");
        visible(By.cssSelector("form[name=signinForm] input[type=text]")).sendKeys("moderator");
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        waitForText("Мои задачи");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(AdModerationProcess.Elements.MODERATE)
                .singleResult().getId();
        tasks.claim(taskId, "moderator"); // «Взять в работу», as the moderator would click it
        open("/camunda/app/tasklist/default/#/?task=" + taskId);
        waitForText("странице объявления");
        assertThat(visible(By.linkText("странице объявления")).getAttribute("href")).matches(".*/staff/ads/\\d+$");
        click(By.xpath("//label[contains(normalize-space(.),'" + decision + "')]"));
        if (remarks != null) {
            var label = visible(By.xpath("//label[contains(.,'Замечания для поставщика')]"));
            By field = By.id(label.getAttribute("for"));
            click(field);
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(driver.findElement(field), remarks).perform();
            Thread.sleep(800);
            driver.findElement(field).sendKeys(org.openqa.selenium.Keys.TAB);
        }
        screenshot("catalog-moderation-form-" + (remarks == null ? "publish" : "return"));
        click(By.xpath("//button[normalize-space(.)='Завершить']"));
        try {
            waiting().withMessage(() -> "the moderation task was not completed")
                    .until(d -> tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(AdModerationProcess.Elements.MODERATE).count() == 0);
        } catch (RuntimeException notCompleted) {
            screenshot("catalog-moderation-not-completed");
            throw notCompleted;
        }
        driver.manage().deleteAllCookies();
    }

    @Test
    void providerSendsModeratorReturnsProviderFixesModeratorPublishesVisitorFindsIt() throws Exception {
        String name = "Такси «Полярная звезда»";
        desktop();
        providerCabinet();
        visible(By.id("addAd")).click();
        new Select(visible(By.id("category"))).selectByValue("taxi");
        driver.findElement(By.id("shortName")).sendKeys(name);
        driver.findElement(By.id("description")).sendKeys("Поездки по Ураю на автомобиле с пандусом");
        driver.findElement(By.id("price")).sendKeys("280");
        new Select(driver.findElement(By.id("unit"))).selectByValue("TRIP");
        new Select(driver.findElement(By.id("municipalities"))).selectByVisibleText("Урай");
        click(By.id("pay-CASH"));
        screenshot("catalog-provider-form");
        click(By.id("sendAd"));
        waitForText("Объявление отправлено на модерацию");
        String number = number(name);

        moderateInTasklist(number, "Вернуть поставщику", "Уточните, возите ли вы в Урай из Советского района");

        providerCabinet();
        waitForText("Уточните, возите ли вы в Урай из Советского района");
        screenshot("catalog-provider-returned");
        click(By.xpath("//tr[.//div[normalize-space(.)='" + name + "']]//a[normalize-space(.)='Изменить']"));
        var description = visible(By.id("description"));
        description.clear();
        description.sendKeys("Поездки по Ураю на автомобиле с пандусом, только в пределах города");
        click(By.id("sendAd"));
        waitForText("Объявление отправлено на модерацию");

        moderateInTasklist(number, "Завершить модерацию", null);

        // an anonymous visitor: category, territory, the card — on a desktop and on a phone
        for (boolean phone : new boolean[]{false, true}) {
            if (phone) phone(); else desktop();
            open("/catalog");
            click(By.linkText("Социальное такси"));
            new Select(visible(By.id("municipality"))).selectByVisibleText("Урай");
            click(By.id("searchButton"));
            click(By.linkText(name));
            waitForText("Войдите, чтобы заключить контракт");
            waitForText("только в пределах города");
            screenshot("catalog-card-" + (phone ? "phone" : "desktop"));
            if (phone) {
                long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
                assertThat(scrollWidth).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(390);
            }
        }
    }
}
