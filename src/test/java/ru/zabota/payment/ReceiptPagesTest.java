package ru.zabota.payment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages: «Оплата» of both parties with the filter and the empty state, the receipt page (QR, contract link, the
 * provider's decision form), strangers' 404, and the bank details form of the provider's profile (checked, nothing
 * saved on a wrong account, shown on the registry card once saved).
 */
@ZabotaSpringTest
class ReceiptPagesTest extends ru.zabota.support.PortalPagesTest {
    private static final AtomicLong CONTRACTS = new AtomicLong(600_000_000L + (System.nanoTime() % 1000) * 1000);

    @Autowired
    ReceiptService receipts;
    @Autowired
    PaymentTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void paymentsListReceiptPageAndDecisionForm() throws Exception {
        Long onPayment = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "1800"));
        Long rejected = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "250"));
        receipts.rejectPayment(rejected, "Сумма не совпадает <script>", "Соколова Мария Андреевна (КЦСОН)");
        String number = receipts.find(onPayment).orElseThrow().getNumber();
        String rejectedNumber = receipts.find(rejected).orElseThrow().getNumber();

        HttpClient citizen = portal("citizen", "CITIZEN");
        String all = get(citizen, "/cabinet/payments").body();
        assertThat(all).contains("Оплата", "Квитанция № " + number, "Квитанция № " + rejectedNumber, "1 800,00 ₽", "Все", "На оплате", "Оплачена", "Отклонена");
        String onlyRejected = get(citizen, "/cabinet/payments?status=REJECTED").body();
        assertThat(onlyRejected).contains(rejectedNumber).doesNotContain("Квитанция № " + number + "<");
        String paid = get(citizen, "/cabinet/payments?status=PAID").body();
        assertThat(paid).doesNotContain(number, rejectedNumber);

        HttpResponse<String> page = get(citizen, "/receipts/" + onPayment);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Квитанция № " + number, "На оплате", "Петрова Анна Сергеевна", "12.03.1947", "3 поездки",
                "/receipts/" + onPayment + "/qr.png", "/catalog-contracts/", "/receipts/" + onPayment + "/document")
                .doesNotContain("Подтвердить оплату");
        String rejectedPage = get(citizen, "/receipts/" + rejected).body();
        assertThat(rejectedPage).contains("Отклонена", "Сумма не совпадает &lt;script&gt;").doesNotContain("<script>С");

        Long paidId = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "400"));
        receipts.confirmPayment(paidId, "Соколова Мария Андреевна (КЦСОН)");
        assertThat(get(citizen, "/receipts/" + paidId).body()).contains("Оплачена", "Квитанция оплачена", "Соколова Мария Андреевна (КЦСОН)")
                .doesNotContain("id=\"paymentQr\"");

        HttpClient provider = portal("provider", "PROVIDER");
        String providerPage = get(provider, "/receipts/" + onPayment).body();
        assertThat(providerPage).contains("Подтвердить оплату", "Отклонить", "name=\"decision\" value=\"CONFIRM\"",
                "name=\"decision\" value=\"REJECT\"", "name=\"reason\"", "action=\"/receipts/" + onPayment + "/payment\"");
        assertThat(get(provider, "/receipts/" + rejected).body()).doesNotContain("value=\"CONFIRM\"");
        assertThat(get(provider, "/cabinet/payments?status=ON_PAYMENT").body()).contains(number).doesNotContain(rejectedNumber);

        assertThat(get(portal("citizen2", "CITIZEN"), "/receipts/" + onPayment).statusCode()).isEqualTo(404);
        assertThat(get(portal("provider2", "PROVIDER"), "/receipts/" + onPayment).statusCode()).isEqualTo(404);
        assertThat(get(portal("provider2", "PROVIDER"), "/receipts/" + onPayment + "/qr.png").statusCode()).isEqualTo(404);
        assertThat(get(portal("citizen2", "CITIZEN"), "/cabinet/payments?status=PAID").body()).contains("Квитанций в статусе «Оплачена» нет");
    }

    @Test
    void theHeadEntersBankDetailsCheckedAndNothingIsSavedOnAWrongAccount() throws Exception {
        Long org = data.providerOf("provider2");
        Map<String, Object> before = jdbc.queryForMap("select bank_bik, bank_account, bank_corr_account from provider where id = ?", org);
        HttpClient head = portal("provider2", "PROVIDER");
        String profile = get(head, "/cabinet/profile").body();
        assertThat(profile).contains("Банковские реквизиты организации", "Изменить реквизиты", before.get("bank_account").toString());

        Map<String, String> wrong = new LinkedHashMap<>(Map.of("recipient", "АНО «Содействие»", "bankName", "ПАО Сбербанк",
                "bik", "044525225", "account", "40702810038000017241", "correspondentAccount", "30101810400000000225"));
        wrong.put("_csrf", csrf(profile));
        HttpResponse<String> refused = form(head, "/cabinet/profile/bank-details", wrong);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Реквизиты не сохранены", "Расчётный счёт не соответствует БИК");
        assertThat(jdbc.queryForMap("select bank_bik, bank_account, bank_corr_account from provider where id = ?", org)).isEqualTo(before);

        Map<String, String> right = new LinkedHashMap<>(wrong);
        right.put("account", "4070 2810 0380 0001 7240");
        right.put("_csrf", csrf(refused.body()));
        try {
            HttpResponse<String> saved = form(head, "/cabinet/profile/bank-details", right);
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(get(head, "/cabinet/profile").body()).contains("Банковские реквизиты сохранены", "40702810038000017240");
            assertThat(get(client(), "/registry/" + org).body()).contains("Банковские реквизиты", "40702810038000017240", "044525225");
        } finally {
            jdbc.update("update provider set bank_bik = ?, bank_account = ?, bank_corr_account = ? where id = ?",
                    before.get("bank_bik"), before.get("bank_account"), before.get("bank_corr_account"), org);
        }

        HttpClient worker = portal("worker", "WORKER");
        String workerProfile = get(worker, "/cabinet/profile").body();
        assertThat(workerProfile).contains("Банковские реквизиты организации").doesNotContain("Изменить реквизиты");
        assertThat(form(worker, "/cabinet/profile/bank-details", Map.of("bik", "044525225", "_csrf", csrf(workerProfile))).statusCode())
                .isEqualTo(403);
    }
}
