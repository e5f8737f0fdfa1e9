package ru.zabota.catalogcontract;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.support.Race;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 «Заключение контракта (договора) на оказание услуг по каталогу», steps 1–28, through the API with two
 * citizens (citizen, citizen2) and two catalog providers (provider — organisation 1; provider3 — the second catalog
 * provider of the demo region): each cabinet's «Контракты» and «Мои услуги», the receipt with its sum and states,
 * 404 for strangers, 409 out of order, 422 with nothing saved, two parallel «Подтвердить оплату» → one effect.
 * Shared by the H2 and the PostgreSQL tests.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public class CatalogContractJourney {
    static final String TAXI = "Социальное такси по Ханты-Мансийску";
    static final String AFTER_REPAIR = "Уборка после ремонта";
    private final TestRestTemplate http;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));

    public CatalogContractJourney(TestRestTemplate http) {
        this.http = http;
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    Long adId(String title) {
        Map page = http.getForObject("/api/catalog/ads?q=" + title + "&size=50", Map.class);
        return ((List<Map>) page.get("items")).stream().filter(a -> a.get("shortName").equals(title))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow(() -> new AssertionError("no ad " + title));
    }

    static Map<String, Object> order(Object adId, Object date, Object quantity, String comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("adId", adId);
        m.put("plannedDate", date);
        m.put("quantity", quantity);
        m.put("comment", comment);
        return m;
    }

    ResponseEntity<Map> post(String user, String path, Object body) {
        return as(user).postForEntity(path, body, Map.class);
    }

    Map one(String user, Object id) {
        ResponseEntity<Map> r = as(user).getForEntity("/api/catalog-contracts/" + id, Map.class);
        assertThat(r.getStatusCode()).as("%s reads %s", user, id).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    HttpStatus status(ResponseEntity<?> r) {
        return HttpStatus.valueOf(r.getStatusCode().value());
    }

    List<Map> list(String user, String query) {
        Map page = as(user).getForObject("/api/catalog-contracts?size=100" + query, Map.class);
        return (List<Map>) page.get("items");
    }

    long total(String user) {
        return ((Number) as(user).getForObject("/api/catalog-contracts?size=1", Map.class).get("total")).longValue();
    }

    List<Map> myServices(String user) {
        return (List<Map>) as(user).getForObject("/api/my-services?size=100", Map.class).get("items");
    }

    /** «Оплата» (the payment feature's list) with its status filter. */
    List<Map> payments(String user, String status) {
        return (List<Map>) as(user).getForObject("/api/receipts?size=100" + (status == null ? "" : "&status=" + status), Map.class).get("items");
    }

    static List<Object> ids(List<Map> rows) {
        return rows.stream().map(r -> ((Number) r.get("id")).longValue()).map(Object.class::cast).toList();
    }

    static List<Object> numbers(List<Map> rows) {
        return rows.stream().map(r -> r.get("number")).toList();
    }

    static Map summary(Map view) {
        return (Map) view.get("summary");
    }

    static Map decision(String d, String comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", d);
        m.put("comment", comment);
        return m;
    }

    /** Steps 1–28 for citizen and provider, with the dispute loop and the race on «Подтвердить оплату». */
    public void wholeJourney() {
        Long taxi = adId(TAXI);
        long before = total("citizen");

        // 422, nothing saved: a past date, no quantity, a negative one, nothing at all
        assertThat(status(post("citizen", "/api/catalog-contracts", order(taxi, today.minusDays(1), 1, "вчера")))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<Map> negative = post("citizen", "/api/catalog-contracts", order(taxi, today.plusDays(2), -1, null));
        assertThat(status(negative)).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(negative.getBody().get("detail").toString()).contains("количество");
        assertThat(status(post("citizen", "/api/catalog-contracts", order(taxi, null, 1, null)))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(status(post("citizen", "/api/catalog-contracts", Map.of()))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(total("citizen")).isEqualTo(before);
        // a provider's employee does not order as a citizen; an unknown ad is 404
        assertThat(status(post("provider", "/api/catalog-contracts", order(taxi, today.plusDays(2), 1, null)))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(post("citizen", "/api/catalog-contracts", order(999999, today.plusDays(2), 1, null)))).isEqualTo(HttpStatus.NOT_FOUND);

        // steps 6–10: «Заключить контракт» → «Сохранить»; «Заключение» in both cabinets
        ResponseEntity<Map> created = post("citizen", "/api/catalog-contracts", order(taxi, today.plusDays(2), 2,
                "Поездка в поликлинику на ул. Калинина, 30 и обратно"));
        assertThat(status(created)).isEqualTo(HttpStatus.CREATED);
        Map s = summary(created.getBody());
        Object id = s.get("id");
        String number = s.get("number").toString();
        assertThat(number).matches("K-\\d{4}-\\d{6}");
        assertThat(s.get("status")).isEqualTo("CONCLUDING");
        assertThat(s.get("statusLabel")).isEqualTo("Заключение");
        assertThat(s.get("recipient")).isEqualTo("Петрова Анна Сергеевна");
        assertThat(((Number) s.get("cost")).doubleValue()).isEqualTo(500.0);
        assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/catalog-contracts/" + id);
        assertThat(numbers(list("citizen", "&status=CONCLUDING"))).contains(number);
        assertThat(numbers(list("citizen", "&status=IN_WORK"))).doesNotContain(number);
        assertThat(numbers(list("provider", ""))).contains(number);
        assertThat(numbers(list("provider3", ""))).doesNotContain(number);
        assertThat(numbers(list("citizen2", ""))).doesNotContain(number);

        // strangers: 404 (another citizen, another provider, a representative of someone else)
        for (String stranger : List.of("citizen2", "provider3", "provider2", "parent")) {
            assertThat(status(as(stranger).getForEntity("/api/catalog-contracts/" + id, Map.class))).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(status(post("provider3", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(post("citizen2", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.NOT_FOUND);

        // out of order: the citizen before the provider, «выполнено» before the contract
        assertThat(status(post("citizen", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(post("provider", "/api/catalog-contracts/" + id + "/done", Map.of("quantity", 2, "actualCost", 500)))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(post("citizen", "/api/catalog-contracts/" + id + "/acceptance", decision("ACCEPT", null)))).isEqualTo(HttpStatus.CONFLICT);
        // the worker is the wrong role for the organisation's decision
        assertThat(status(post("worker", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.FORBIDDEN);
        // a decline needs the reason the citizen will read: 422, nothing saved
        assertThat(status(post("provider", "/api/catalog-contracts/" + id + "/decision", decision("DECLINE", " ")))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(one("provider", id).get("signatures")).asList().isEmpty();

        // steps 11–13: the provider comments and «Заключить договор» (signed by the provider)
        Map accepted = post("provider", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", "Водитель позвонит за час")).getBody();
        assertThat(summary(accepted).get("statusLabel")).isEqualTo("Заключение");
        List<Map> sigs = (List<Map>) accepted.get("signatures");
        assertThat(sigs).hasSize(1);
        assertThat(sigs.get(0).get("party")).isEqualTo("PROVIDER_ACCEPT");
        assertThat(sigs.get(0).get("signer").toString()).startsWith("Соколова Мария Андреевна, заведующий отделением (");
        assertThat(sigs.get(0).get("documentHash").toString()).matches("[0-9a-f]{64}");
        assertThat(status(post("provider", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.CONFLICT);

        // step 14–18: the citizen reads the comment and «Заключить договор» → «В работе», «Мои услуги» of both
        Map forCitizen = one("citizen", id);
        assertThat(forCitizen.get("providerComment")).isEqualTo("Водитель позвонит за час");
        assertThat(((Map) forCitizen.get("actions")).get("citizenDecision")).isEqualTo(true);
        Map inWork = post("citizen", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null)).getBody();
        assertThat(summary(inWork).get("statusLabel")).isEqualTo("В работе");
        assertThat(myServices("citizen")).anyMatch(r -> r.get("number").equals(number) && r.get("statusLabel").equals("В работе"));
        assertThat(myServices("provider")).anyMatch(r -> r.get("number").equals(number) && r.get("statusLabel").equals("В работе"));
        assertThat(numbers(myServices("provider3"))).doesNotContain(number);
        assertThat(numbers(list("provider", "&status=IN_WORK"))).contains(number);

        // steps 19–20: the actual cost; a negative one is 422 and nothing is saved
        assertThat(status(post("provider", "/api/catalog-contracts/" + id + "/done", Map.of("quantity", 2, "actualCost", -5)))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(one("provider", id).get("actualCost")).isNull();
        Map done = post("provider", "/api/catalog-contracts/" + id + "/done", Map.of("quantity", 2, "actualCost", 600)).getBody();
        assertThat(summary(done).get("status")).isEqualTo("DONE");

        // step 21, disputed: back to the provider, who corrects it (the loop)
        assertThat(status(post("citizen", "/api/catalog-contracts/" + id + "/acceptance", decision("DISPUTE", "")))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        Map disputed = post("citizen", "/api/catalog-contracts/" + id + "/acceptance", decision("DISPUTE", "Поездка была одна, а не две")).getBody();
        assertThat(summary(disputed).get("status")).isEqualTo("IN_WORK");
        assertThat(disputed.get("disputeComment")).isEqualTo("Поездка была одна, а не две");
        Map corrected = post("provider", "/api/catalog-contracts/" + id + "/done", Map.of("quantity", 1, "actualCost", "250.00")).getBody();
        assertThat(((Number) corrected.get("actualCost")).doubleValue()).isEqualTo(250.0);

        // step 22: accepted → «Исполнен», a receipt «На оплате» with the accepted sum (steps 23–24)
        Map executed = post("citizen", "/api/catalog-contracts/" + id + "/acceptance", decision("ACCEPT", null)).getBody();
        Map es = summary(executed);
        assertThat(es.get("statusLabel")).isEqualTo("Исполнен");
        assertThat(es.get("receiptId")).isNotNull();
        assertThat(((Number) es.get("receiptAmount")).doubleValue()).isEqualTo(250.0);
        assertThat(es.get("receiptStatusLabel")).isEqualTo("На оплате");
        assertThat((List<Map>) executed.get("signatures")).extracting(m -> m.get("party"))
                .containsExactly("PROVIDER_ACCEPT", "CITIZEN_ACCEPT", "PROVIDER_DONE", "PROVIDER_DONE", "CITIZEN_COST");
        assertThat((List<Map>) executed.get("history")).extracting(m -> m.get("actor")).contains("Петрова Анна Сергеевна", "система");
        Object receipt = es.get("receiptId");
        Long receiptId = ((Number) receipt).longValue();
        assertThat(status(post("citizen", "/api/catalog-contracts/" + id + "/acceptance", decision("ACCEPT", null)))).isEqualTo(HttpStatus.CONFLICT);
        // steps 23–24: «Оплата» of both, «На оплате» under its filter, the sum and the QR payload of the receipt
        for (String party : List.of("citizen", "provider")) {
            assertThat(ids(payments(party, "ON_PAYMENT"))).as(party).contains(receiptId);
            assertThat(ids(payments(party, "PAID"))).as(party).doesNotContain(receiptId);
        }
        assertThat(ids(payments("citizen2", null))).doesNotContain(receiptId);
        assertThat(ids(payments("provider3", null))).doesNotContain(receiptId);
        Map receiptView = as("citizen").getForObject("/api/receipts/" + receipt, Map.class);
        assertThat(((Number) receiptView.get("amount")).doubleValue()).isEqualTo(250.0);
        assertThat(receiptView.get("contractNumber")).isEqualTo(number);
        assertThat(receiptView.get("qrPayload").toString()).startsWith("ST00012|").contains("|Sum=25000");
        assertThat(status(as("citizen2").getForEntity("/api/receipts/" + receipt, Map.class))).isEqualTo(HttpStatus.NOT_FOUND);

        // step 25: the citizen cannot confirm; another provider 404; two parallel «Подтвердить оплату» → one effect
        assertThat(status(post("citizen", "/api/receipts/" + receipt + "/payment", Map.of("decision", "CONFIRM")))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(post("provider3", "/api/receipts/" + receipt + "/payment", Map.of("decision", "CONFIRM")))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(post("provider", "/api/receipts/" + receipt + "/payment", Map.of("decision", "REJECT")))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<ResponseEntity<Map>> race = Race.of(2, () -> post("provider", "/api/receipts/" + receipt + "/payment", Map.of("decision", "CONFIRM")));
        Race.assertOneEffectNoError(race);
        assertThat(race).filteredOn(r -> r.getStatusCode().is2xxSuccessful()).hasSize(1);
        // steps 26–28: «Оплачена» for both; the citizen opens the contract from the receipt
        assertThat(summary(one("citizen", id)).get("receiptStatusLabel")).isEqualTo("Оплачена");
        assertThat(summary(one("provider", id)).get("receiptStatusLabel")).isEqualTo("Оплачена");
        for (String party : List.of("citizen", "provider")) {
            assertThat(ids(payments(party, "PAID"))).as(party).contains(receiptId);
            assertThat(ids(payments(party, "ON_PAYMENT"))).as(party).doesNotContain(receiptId);
        }
        // step 28: from the receipt row the citizen opens the contract
        Map row = payments("citizen", "PAID").stream().filter(r -> ((Number) r.get("id")).longValue() == receiptId).findFirst().orElseThrow();
        assertThat(row.get("contractUrl")).isEqualTo("/catalog-contracts/" + id);
        assertThat(status(post("provider", "/api/receipts/" + receipt + "/payment", Map.of("decision", "CONFIRM")))).isEqualTo(HttpStatus.CONFLICT);
        assertThat((List<Map>) one("citizen", id).get("history")).extracting(m -> m.get("note")).contains("Оплата подтверждена");
    }

    /** The second citizen and the second provider: a decline with its reason, then a payment rejected. */
    public void secondPair() {
        Long ad = adId(AFTER_REPAIR);
        Map first = post("citizen2", "/api/catalog-contracts", order(ad, today.plusDays(7), 1, "Квартира 52, после ремонта кухни")).getBody();
        Object declinedId = summary(first).get("id");
        assertThat(status(post("provider", "/api/catalog-contracts/" + declinedId + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.NOT_FOUND);
        Map declined = post("provider3", "/api/catalog-contracts/" + declinedId + "/decision", decision("DECLINE", "На эту неделю бригада занята")).getBody();
        assertThat(summary(declined).get("statusLabel")).isEqualTo("Отказ");
        Map seen = one("citizen2", declinedId);
        assertThat(seen.get("endReason").toString()).contains("На эту неделю бригада занята");
        assertThat(((Map) seen.get("actions")).get("citizenDecision")).isEqualTo(false);
        assertThat(status(post("citizen2", "/api/catalog-contracts/" + declinedId + "/decision", decision("ACCEPT", null)))).isEqualTo(HttpStatus.CONFLICT);

        Map second = post("citizen2", "/api/catalog-contracts", order(ad, today.plusDays(8), 1, null)).getBody();
        Object id = summary(second).get("id");
        post("provider3", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null));
        post("citizen2", "/api/catalog-contracts/" + id + "/decision", decision("ACCEPT", null));
        assertThat(myServices("citizen2")).anyMatch(r -> r.get("id").equals(id) && r.get("statusLabel").equals("В работе"));
        assertThat(myServices("provider3")).anyMatch(r -> r.get("id").equals(id));
        post("provider3", "/api/catalog-contracts/" + id + "/done", Map.of("quantity", 1, "actualCost", "2500.00"));
        Map executed = post("citizen2", "/api/catalog-contracts/" + id + "/acceptance", decision("ACCEPT", null)).getBody();
        Object receipt = summary(executed).get("receiptId");
        assertThat(((Number) summary(executed).get("receiptAmount")).doubleValue()).isEqualTo(2500.0);
        ResponseEntity<Map> rejected = post("provider3", "/api/receipts/" + receipt + "/payment", Map.of("decision", "REJECT", "reason", "Платёж не поступил"));
        assertThat(status(rejected)).isEqualTo(HttpStatus.OK);
        assertThat(summary(one("citizen2", id)).get("receiptStatusLabel")).isEqualTo("Отклонена");
        Long receiptId = ((Number) receipt).longValue();
        assertThat(ids(payments("citizen2", "REJECTED"))).contains(receiptId);
        assertThat(ids(payments("provider3", "REJECTED"))).contains(receiptId);
        assertThat(ids(payments("provider3", "ON_PAYMENT"))).doesNotContain(receiptId);
        assertThat(one("citizen2", id).get("paymentReason")).isEqualTo("Платёж не поступил");
        assertThat(numbers(list("citizen2", "&status=EXECUTED"))).contains(summary(executed).get("number"));
        assertThat(numbers(list("citizen", ""))).doesNotContain(summary(executed).get("number"));
    }

    /** A representative orders for the person she acts for: the contract is the child's, not hers. */
    public void representativeOrdersForTheChild(Long childId) {
        HttpHeaders h = new HttpHeaders();
        h.set("X-Acting-For", childId.toString());
        ResponseEntity<Map> r = as("parent").exchange("/api/catalog-contracts", HttpMethod.POST,
                new HttpEntity<>(order(adId(TAXI), today.plusDays(3), 1, "Поездка на занятия"), h), Map.class);
        assertThat(status(r)).isEqualTo(HttpStatus.CREATED);
        Map s = summary(r.getBody());
        assertThat(((Number) s.get("personId")).longValue()).isEqualTo(childId);
        assertThat(r.getBody().get("history").toString()).contains("законный представитель за");
        Map own = as("parent").getForObject("/api/catalog-contracts?size=100", Map.class);
        assertThat(numbers((List<Map>) own.get("items"))).doesNotContain(s.get("number"));
    }
}
