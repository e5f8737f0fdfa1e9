package ru.zabota.portal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.zabota.support.BrowserTestBase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal as a visitor and a citizen see it, at desktop and phone width. */
class PortalBrowserIT extends BrowserTestBase {

    @Test
    void anonymousVisitorSearchesAndFiltersTheRegistry() throws Exception {
        open("/registry");
        int all = providerNames().size();
        assertThat(all).isGreaterThanOrEqualTo(10);
        screenshot("registry-desktop");

        search("Забота");
        assertThat(providerNames()).containsExactly("АНО «Забота о ближнем»");

        visible(By.name("q")).clear();
        new Select(driver.findElement(By.id("municipality"))).selectByVisibleText("Сургут");
        var before = driver.findElement(By.tagName("body"));
        driver.findElement(By.id("searchButton")).click();
        waitUntilGone(before); // the query string has municipality= already, empty
        waiting().until(ExpectedConditions.urlMatches("municipality=\\d+"));
        List<String> inSurgut = providerNames();
        assertThat(inSurgut).contains("БУ «Сургутский КЦСОН «Содействие»", "АНО «Центр «Радуга»").hasSizeLessThan(all);
        assertThat(driver.findElements(By.cssSelector("#providerList .zb-provider-card .text-muted")))
                .allSatisfy(address -> assertThat(address.getText()).startsWith("Сургут"));

        driver.findElement(By.linkText("БУ «Сургутский КЦСОН «Содействие»")).click();
        assertThat(visible(By.id("providerName")).getText()).isEqualTo("БУ «Сургутский КЦСОН «Содействие»");
        waitForText("₽");
        screenshot("registry-card-desktop");
    }

    @Test
    void citizenLogsInPicksTheRoleAndSeesTheIppsu() throws Exception {
        loginAsCitizen();
        assertIppsuShown();
        assertThat(driver.findElement(By.id("whoMenu")).getText()).contains("Петрова Анна Сергеевна", "Гражданин");
        assertThat(driver.findElement(By.id("cabinetNav")).isDisplayed()).isTrue();
        screenshot("cabinet-ippsu-desktop");
    }

    @Test
    void citizenSeesTheIppsuAtPhoneWidth() throws Exception {
        phone();
        open("/registry");
        search("КЦСОН");
        screenshot("registry-phone");

        loginAsCitizen();
        assertIppsuShown();
        WebElement toggle = visible(By.id("cabinetNavToggle"));
        assertThat(driver.findElement(By.id("cabinetNav")).isDisplayed()).isFalse();
        screenshot("cabinet-ippsu-phone");

        toggle.click();
        visible(By.linkText("Обращения")).click();
        waiting().until(ExpectedConditions.urlContains("/cabinet/cases"));
        toggle = visible(By.id("cabinetNavToggle"));
        toggle.click();
        visible(By.linkText("ИППСУ"));
        screenshot("cabinet-menu-phone");
        driver.findElement(By.linkText("ИППСУ")).click();
        waiting().until(ExpectedConditions.urlContains("/cabinet/ippsu"));
        assertIppsuShown();
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("horizontal scrolling at 390 px").isLessThanOrEqualTo(0L);
    }

    private void search(String text) {
        WebElement q = visible(By.name("q"));
        q.clear();
        q.sendKeys(text);
        WebElement before = driver.findElement(By.tagName("body"));
        driver.findElement(By.id("searchButton")).click();
        waitUntilGone(before);
    }

    private List<String> providerNames() {
        return driver.findElements(By.cssSelector("#providerList .zb-provider-card h2 a")).stream()
                .map(WebElement::getText).toList();
    }

    private void loginAsCitizen() {
        loginToPortal("citizen", "demo");
        waiting().until(ExpectedConditions.urlContains("/role"));
        visible(By.id("role-CITIZEN")).click();
        waiting().until(ExpectedConditions.urlContains("/cabinet/ippsu"));
    }

    private void assertIppsuShown() {
        waitForText("86-ИППСУ-" + java.time.LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE).minusDays(80).getYear() + "-001047");
        assertThat(driver.findElements(By.cssSelector("#ippsuServices tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("ippsuServices")).getText()).contains("Покупка за счёт средств получателя");
        assertThat(driver.findElement(By.id("recommendedProviders")).getText())
                .contains("БУ «Ханты-Мансийский КЦСОН»", "АНО «Забота о ближнем»");
    }
}
