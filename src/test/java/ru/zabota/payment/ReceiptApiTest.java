package ru.zabota.payment;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.security.ActingContext;
import ru.zabota.support.QrDecoder;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receipts through the API with two citizens and two providers: each party's «Оплата» with its filter, the receipt's
 * sum, payee and QR payload, the print form, 404 for strangers, the representative acting for the child.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ReceiptApiTest {
    private static final AtomicLong CONTRACTS = new AtomicLong(700_000_000L + (System.nanoTime() % 1000) * 1000);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ReceiptService receipts;
    @Autowired
    PaymentTestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    List<Map<String, Object>> items(String user, String query) {
        ResponseEntity<Map> r = as(user).getForEntity("/api/receipts" + query, Map.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) r.getBody().get("items");
    }

    List<Object> ids(String user, String query) {
        return items(user, query + (query.isEmpty() ? "?" : "&") + "size=100").stream().map(i -> i.get("id")).map(o -> (Object) ((Number) o).longValue()).toList();
    }

    @Test
    void eachPartySeesItsOwnReceiptsWithTheFilterAndStrangersGet404() {
        Long a1 = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "1250.50"));
        Long a2 = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider2", "300"));
        Long b1 = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen2", "provider", "99.90"));
        receipts.confirmPayment(a2, "Волков Дмитрий Сергеевич (АНО «Содействие»)");
        receipts.rejectPayment(b1, "Оплата не поступила", "Соколова Мария Андреевна (КЦСОН)");

        assertThat(ids("citizen", "")).contains(a1, a2).doesNotContain(b1);
        assertThat(ids("citizen", "?status=ON_PAYMENT")).contains(a1).doesNotContain(a2, b1);
        assertThat(ids("citizen", "?status=PAID")).contains(a2).doesNotContain(a1, b1);
        assertThat(ids("citizen2", "")).contains(b1).doesNotContain(a1, a2);
        assertThat(ids("citizen2", "?status=REJECTED")).contains(b1);
        assertThat(ids("citizen2", "?status=ON_PAYMENT")).doesNotContain(b1);
        assertThat(ids("provider", "")).contains(a1, b1).doesNotContain(a2);
        assertThat(ids("worker", "")).as("an employee of the same organisation").contains(a1, b1).doesNotContain(a2);
        assertThat(ids("provider2", "")).contains(a2).doesNotContain(a1, b1);
        assertThat(ids("provider2", "?status=REJECTED")).doesNotContain(a2);

        Map<String, Object> row = items("citizen", "?status=PAID&size=100").stream()
                .filter(i -> ((Number) i.get("id")).longValue() == a2).findFirst().orElseThrow();
        assertThat(row).containsEntry("status", "PAID").containsEntry("statusLabel", "Оплачена");
        assertThat(row.get("contractUrl").toString()).startsWith("/catalog-contracts/");

        for (String stranger : List.of("citizen2", "provider2", "parent")) {
            assertThat(as(stranger).getForEntity("/api/receipts/" + a1, Map.class).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(as(stranger).getForEntity("/api/receipts/" + a1 + "/document", byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(as("citizen").getForEntity("/api/receipts/987654321", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("citizen").getForEntity("/api/receipts?status=LOST", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/receipts", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theReceiptCarriesTheSumThePayerAndTheQrPayloadOfThePayeeAsOfIssue() {
        Long id = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen", "provider", "1250.50"));
        Map<String, Object> r = as("citizen").getForObject("/api/receipts/" + id, Map.class);
        Receipt receipt = receipts.find(id).orElseThrow();
        assertThat(r).containsEntry("number", receipt.getNumber()).containsEntry("status", "ON_PAYMENT")
                .containsEntry("statusLabel", "На оплате").containsEntry("amount", 1250.5).containsEntry("mayDecide", false);
        assertThat((Map<String, Object>) r.get("payer")).containsEntry("fullName", "Петрова Анна Сергеевна")
                .containsEntry("birthDate", "1947-03-12");
        Map<String, Object> payee = (Map<String, Object>) r.get("payee");
        String payload = r.get("qrPayload").toString();
        assertThat(payload).startsWith("ST00012|Name=" + payee.get("recipient") + "|PersonalAcc=" + payee.get("account")
                        + "|BankName=" + payee.get("bankName") + "|BIC=" + payee.get("bik") + "|CorrespAcc=" + payee.get("correspondentAccount"))
                .contains("|Sum=125050|", "|Purpose=Оплата по контракту " + receipt.getContractNumber() + ", квитанция " + receipt.getNumber());
        assertThat(as("provider").getForObject("/api/receipts/" + id, Map.class)).containsEntry("mayDecide", true);
        assertThat(as("worker").getForObject("/api/receipts/" + id, Map.class)).containsEntry("mayDecide", false);

        // a later change of the provider's card does not change a receipt already issued
        Long providerId = data.providerOf("provider");
        String account = jdbc.queryForObject("select bank_account from provider where id = ?", String.class, providerId);
        try {
            jdbc.update("update provider set bank_account = ? where id = ?", "40702810038000017240", providerId);
            assertThat(as("citizen").getForObject("/api/receipts/" + id, Map.class).get("qrPayload")).isEqualTo(payload);
        } finally {
            jdbc.update("update provider set bank_account = ? where id = ?", account, providerId);
        }

        // the QR image decodes to the same payload
        ResponseEntity<byte[]> png = as("citizen").getForEntity("/receipts/" + id + "/qr.png", byte[].class);
        assertThat(png.getHeaders().getContentType().toString()).startsWith("image/png");
        assertThat(QrDecoder.decode(png.getBody())).isEqualTo(payload);
    }

    @Test
    void thePrintFormHasTheNumberTheSumTheCitizenAndTheQrPicture() throws Exception {
        Long id = receipts.issue(data.request(CONTRACTS.incrementAndGet(), "citizen2", "provider2", "98765.40"));
        Receipt receipt = receipts.find(id).orElseThrow();
        long journalBefore = jdbc.queryForObject("select count(*) from personal_data_access where person_id = ?", Long.class, receipt.getPersonId());
        ResponseEntity<byte[]> doc = as("provider2").getForEntity("/api/receipts/" + id + "/document", byte[].class);
        assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(doc.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.getHeaders().getContentDisposition().getFilename()).isEqualTo("Квитанция " + receipt.getNumber() + ".docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(doc.getBody()));
             XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            assertThat(text.getText()).contains("КВИТАНЦИЯ № " + receipt.getNumber(), "98 765,40 ₽", "Кузнецов Пётр Иванович",
                    "02.11.1961", "На оплате", receipt.getContractNumber());
            List<XWPFPictureData> pictures = d.getAllPictures();
            assertThat(pictures).hasSize(1);
            assertThat(QrDecoder.decode(pictures.get(0).getData())).isEqualTo(PaymentQr.payload(receipt)).contains("|Sum=9876540|");
        }
        // the provider's employee opened the citizen's data: on record; the citizen's own look is not
        assertThat(jdbc.queryForObject("select count(*) from personal_data_access where person_id = ?", Long.class, receipt.getPersonId()))
                .isEqualTo(journalBefore + 1);
        assertThat(as("citizen2").getForEntity("/receipts/" + id + "/document", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_access where person_id = ?", Long.class, receipt.getPersonId()))
                .isEqualTo(journalBefore + 1);
    }

    @Test
    void theRepresentativeSeesTheChildsReceiptsOnlyWhenActingForTheChild() {
        Map<String, Object> me = as("parent").getForObject("/api/me", Map.class);
        long child = ((Number) ((List<Map<String, Object>>) me.get("represented")).get(0).get("personId")).longValue();
        long parent = data.personOf("parent");
        ReceiptRequest template = data.request(CONTRACTS.incrementAndGet(), "citizen", "provider2", "450");
        Long id = receipts.issue(new ReceiptRequest(template.catalogContractId(), template.contractNumber(), template.providerId(),
                child, template.serviceTitle(), template.quantity(), template.unitLabel(), template.amount()));
        HttpHeaders forChild = new HttpHeaders();
        forChild.add(ActingContext.ACTING_FOR_HEADER, Long.toString(child));
        ResponseEntity<Map> asChild = as("parent").exchange("/api/receipts/" + id, HttpMethod.GET, new HttpEntity<>(forChild), Map.class);
        assertThat(asChild.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map<String, Object>) asChild.getBody().get("payer")).get("personId")).isEqualTo((int) child);
        assertThat(as("parent").getForEntity("/api/receipts/" + id, Map.class).getStatusCode()).as("acting for herself").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(parent).isNotEqualTo(child);
    }
}
