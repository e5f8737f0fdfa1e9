package ru.zabota.payment;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ru.zabota.support.BrowserTestBase;
import ru.zabota.support.QrDecoder;

import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 4 of issue 12 for the payment: the citizen opens «Оплата», the receipt, and the QR code on the page —
 * taken from the page as the browser has it, and as it is drawn on the screen — decodes to the exact ГОСТ Р 56042
 * payload, at 1366 px and at 390 px; the provider's decision form with the reason in a dialog.
 */
class ReceiptBrowserIT extends BrowserTestBase {
    private static final AtomicLong CONTRACTS = new AtomicLong(500_000_000L + (System.nanoTime() % 1000) * 1000);

    @Autowired
    ReceiptService receipts;
    @Autowired
    PaymentTestData data;

    private void click(By by) {
        WebElement element = visible(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void as(String user, String role) {
        driver.manage().deleteAllCookies();
        loginToPortal(user, "demo");
        visible(By.id("role-" + role)).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cabinet/"));
    }

    /** The QR image's pixels as the page holds them (drawn onto a canvas of its natural size), as PNG. */
    private byte[] qrFromPage() {
        WebElement img = visible(By.id("paymentQr"));
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", img));
        String dataUrl = (String) ((JavascriptExecutor) driver).executeScript(
                "var i = arguments[0], c = document.createElement('canvas'); c.width = i.naturalWidth; c.height = i.naturalHeight;"
                        + "c.getContext('2d').drawImage(i, 0, 0); return c.toDataURL('image/png');", img);
        return Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    }

    /** The QR as the screen shows it: a screenshot of the element, as a phone camera would see it. */
    private byte[] qrOnScreen() {
        WebElement img = visible(By.id("paymentQr"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", img);
        return img.getScreenshotAs(OutputType.BYTES);
    }

    @Test
    void theCitizenScansTheReceiptsQrAtDesktopAndPhoneWidths() throws Exception {
        Long id = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "1250.50"));
        Receipt receipt = receipts.find(id).orElseThrow();
        String payload = PaymentQr.payload(receipt);
        assertThat(payload).startsWith("ST00012|Name=").contains("|Sum=125050|", receipt.getNumber());

        as("citizen", "CITIZEN");
        open("/cabinet/payments?status=ON_PAYMENT");
        click(By.cssSelector("a[data-receipt='" + id + "']"));
        waiting().until(d -> d.getCurrentUrl().endsWith("/receipts/" + id));
        waitForText("Квитанция № " + receipt.getNumber());
        waitForText("1 250,50 ₽");
        waitForText("Петрова Анна Сергеевна");
        assertThat(driver.findElement(By.id("receiptStatus")).getText()).isEqualTo("На оплате");
        assertThat(driver.findElement(By.id("contractLink")).getAttribute("href")).endsWith("/catalog-contracts/" + receipt.getCatalogContractId());
        assertThat(driver.findElements(By.id("confirmPayment"))).as("no decision for the citizen").isEmpty();
        assertThat(QrDecoder.decode(qrFromPage())).isEqualTo(payload);
        assertThat(QrDecoder.decode(qrOnScreen())).isEqualTo(payload);
        screenshot("receipt-citizen-1366");

        phone();
        driver.navigate().refresh();
        waitForText("Квитанция № " + receipt.getNumber());
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(0L);
        WebElement img = visible(By.id("paymentQr"));
        assertThat(img.getRect().getWidth()).isBetween(150, 390);
        assertThat(QrDecoder.decode(qrFromPage())).isEqualTo(payload);
        assertThat(QrDecoder.decode(qrOnScreen())).isEqualTo(payload);
        screenshot("receipt-citizen-390");
        open("/cabinet/payments");
        waitForText(receipt.getNumber());
        screenshot("payments-citizen-390");
        desktop();
    }

    @Test
    void theProviderGetsTheDecisionFormWithTheReasonInADialog() throws Exception {
        Long id = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen2", "provider", "300"));
        Receipt receipt = receipts.find(id).orElseThrow();
        as("provider", "PROVIDER");
        open("/cabinet/payments");
        waitForText(receipt.getNumber());
        screenshot("payments-provider-1366");
        open("/receipts/" + id);
        waitForText("Кузнецов Пётр Иванович");
        assertThat(visible(By.id("confirmPayment")).isEnabled()).isTrue();
        click(By.id("rejectPayment"));
        WebElement reason = visible(By.id("rejectReasonInput"));
        assertThat(reason.getAttribute("required")).isNotNull();
        reason.sendKeys("Оплата не поступила");
        screenshot("receipt-provider-reject-1366");
        assertThat(QrDecoder.decode(qrFromPage())).isEqualTo(PaymentQr.payload(receipt));
    }
}
