package ru.zabota.payment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.common.DomainProblem;
import ru.zabota.support.PostgresTestBase;
import ru.zabota.support.QrDecoder;
import ru.zabota.support.Race;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipts on PostgreSQL (V12 from empty): issue once per contract, both parties' lists with the filter, the QR
 * payload and image, 404 for a stranger, and parallel «Подтвердить оплату» under the row lock → one effect.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ReceiptOnPostgresIT extends PostgresTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ReceiptService receipts;
    @Autowired
    PaymentTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void receiptsOnPostgresql() {
        ReceiptRequest request = data.request(31, "citizen", "provider", "1250.50");
        Long id = receipts.issue(request);
        assertThat(receipts.issue(request)).isEqualTo(id);
        Long other = receipts.issue(data.request(32, "citizen2", "provider2", "99.90"));
        assertThat(jdbc.queryForObject("select count(*) from receipt where catalog_contract_id = 31", Long.class)).isEqualTo(1);
        Receipt r = receipts.find(id).orElseThrow();
        assertThat(r.getNumber()).matches("КВ-\\d{4}-\\d{6}");

        Map<String, Object> view = http.withBasicAuth("citizen", "demo").getForObject("/api/receipts/" + id, Map.class);
        assertThat(view).containsEntry("statusLabel", "На оплате").containsEntry("amount", 1250.5);
        String payload = view.get("qrPayload").toString();
        assertThat(payload).isEqualTo(PaymentQr.payload(r)).contains("|Sum=125050|");
        assertThat(QrDecoder.decode(http.withBasicAuth("citizen", "demo").getForObject("/receipts/" + id + "/qr.png", byte[].class))).isEqualTo(payload);
        assertThat(http.withBasicAuth("citizen2", "demo").getForEntity("/api/receipts/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        List<ResponseEntity<Void>> answers = Race.of(4, () -> {
            try {
                receipts.confirmPayment(id, "Соколова Мария Андреевна (КЦСОН)");
                return ResponseEntity.ok().build();
            } catch (DomainProblem e) {
                return ResponseEntity.status(e.status()).build();
            }
        });
        Race.assertOneEffectNoError(answers);
        assertThat(answers.stream().filter(a -> a.getStatusCode().is2xxSuccessful())).hasSize(1);
        assertThat(answers.stream().filter(a -> a.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT))).hasSize(3);

        List<Map> paid = (List<Map>) http.withBasicAuth("citizen", "demo").getForObject("/api/receipts?status=PAID", Map.class).get("items");
        // the demo region's own receipts are in the same lists: this test's are checked by id, the filter by status
        assertThat(paid).extracting(m -> ((Number) m.get("id")).longValue()).contains(id).doesNotContain(other);
        assertThat(paid).extracting(m -> m.get("status")).containsOnly("PAID");
        List<Map> open = (List<Map>) http.withBasicAuth("provider2", "demo").getForObject("/api/receipts?status=ON_PAYMENT", Map.class).get("items");
        assertThat(open).extracting(m -> ((Number) m.get("id")).longValue()).contains(other).doesNotContain(id);
        assertThat(open).extracting(m -> m.get("status")).containsOnly("ON_PAYMENT");
        assertThat(http.withBasicAuth("provider", "demo").getForEntity("/api/receipts/" + id + "/document", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
