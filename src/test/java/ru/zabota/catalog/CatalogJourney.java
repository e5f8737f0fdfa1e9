package ru.zabota.catalog;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog journey through the API as the portal and Tasklist drive it: the provider writes and sends, the
 * moderator submits the Camunda Form through the engine REST API. Shared by the H2 and PostgreSQL tests.
 */
public class CatalogJourney {
    private final TestRestTemplate http;

    public CatalogJourney(TestRestTemplate http) {
        this.http = http;
    }

    public TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    public Long town(String name) {
        List<Map<?, ?>> towns = http.getForObject("/api/municipalities", List.class);
        return ((Number) towns.stream().filter(t -> t.get("name").equals(name)).findFirst().orElseThrow().get("id")).longValue();
    }

    public static Map<String, Object> form(String category, String name, String description, String price, List<Long> towns) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("category", category);
        f.put("shortName", name);
        f.put("active", true);
        f.put("description", description);
        f.put("startDate", "2026-12-01");
        f.put("price", price);
        f.put("unit", "TRIP");
        f.put("paymentTypes", List.of("CASH", "CARD"));
        f.put("municipalities", towns);
        return f;
    }

    public ResponseEntity<Map> create(String user, Map<String, Object> form) {
        return as(user).postForEntity("/api/ads", form, Map.class);
    }

    public ResponseEntity<Map> update(String user, Object id, Map<String, Object> form) {
        return as(user).exchange("/api/ads/" + id, HttpMethod.PUT, new HttpEntity<>(form), Map.class);
    }

    public ResponseEntity<Map> submit(String user, Object id) {
        return as(user).postForEntity("/api/ads/" + id + "/submit", null, Map.class);
    }

    public Map<?, ?> own(String user, Object id) {
        return as(user).getForObject("/api/ads/" + id, Map.class);
    }

    public List<Map<?, ?>> instances(String number) {
        return as("head").getForObject("/engine-rest/process-instance?processDefinitionKey=" + AdModerationProcess.KEY
                + "&businessKey=" + number, List.class);
    }

    /** The moderator submits «Модерация объявления» as Tasklist does. */
    public void moderate(String number, String decision, String remarks, Long duplicateOf) {
        List<Map<?, ?>> found = instances(number);
        assertThat(found).hasSize(1);
        TestRestTemplate staff = as("moderator");
        List<Map<?, ?>> tasks = staff.getForObject("/engine-rest/task?processInstanceId=" + found.get(0).get("id")
                + "&taskDefinitionKey=" + AdModerationProcess.Elements.MODERATE, List.class);
        assertThat(tasks).as("the moderator sees the task").hasSize(1);
        Object id = tasks.get(0).get("id");
        assertThat(staff.postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", "moderator"), Void.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("decision", Map.of("value", decision, "type", "String"));
        if (remarks != null) variables.put("remarks", Map.of("value", remarks, "type", "String"));
        if (duplicateOf != null) variables.put("duplicateOf", Map.of("value", duplicateOf, "type", "Long"));
        ResponseEntity<String> r = staff.postForEntity("/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables), String.class);
        assertThat(r.getStatusCode().is2xxSuccessful()).as("moderator submits: %s", r.getBody()).isTrue();
    }

    public List<Map<?, ?>> publicList(String query) {
        return (List<Map<?, ?>>) http.getForObject("/api/catalog/ads?" + query, Map.class).get("items");
    }

    public HttpStatus publicStatus(Object id) {
        return HttpStatus.valueOf(http.getForEntity("/api/catalog/ads/" + id, Map.class).getStatusCode().value());
    }
    /**
     * Pre-check 422 with every missing item and no case; provider2 refused, a worker and a citizen 403, another
     * organisation's ad 404; return → fix → publish in the same case; public only after PUBLISH; territory filter and
     * search find and exclude it; an edit waits for moderation while the old version stays public; deactivation.
     */
    public void wholeJourney(String word) {
        CatalogJourney j = this;
        Long hm = j.town("Ханты-Мансийск");
        Long surgut = j.town("Сургут");
        Long urai = j.town("Урай");

        // a bare draft: the pre-checks name every missing item and start nothing
        ResponseEntity<Map> draft = j.create("provider", Map.of("shortName", "Такси «Журавль» " + word));
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = draft.getBody().get("id");
        String number = draft.getBody().get("number").toString();
        assertThat(number).matches("AD-\\d{4}-\\d{6}");
        assertThat(draft.getBody().get("statusLabel")).isEqualTo("Черновик");
        ResponseEntity<Map> refused = j.submit("provider", id);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<String>) refused.getBody().get("missing")).containsExactly("не выбран вид услуги", "нет описания",
                "объявление не активно", "не указана стоимость", "не указана единица объёма",
                "не указана территория (муниципальные образования)", "не указан вид оплаты");
        assertThat(j.instances(number)).isEmpty();

        // rights: provider2's organisation is not in the catalog registry; a worker or a citizen may not; others' ad 404
        Map<String, Object> full = CatalogJourney.form("taxi", "Такси «Журавль» " + word,
                "Поездки на минивэне с пандусом по городу, помощь водителя при посадке", "350.00", List.of(hm, surgut));
        assertThat(j.create("provider2", full).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(j.as("worker").getForEntity("/api/ads", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(j.as("citizen").getForEntity("/api/ads", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(j.as("provider2").getForEntity("/api/ads/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(j.submit("provider2", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // complete and send: on moderation, not public; a second send is 409
        assertThat(j.update("provider", id, full).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> sent = j.submit("provider", id);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody().get("statusLabel")).isEqualTo("На модерации");
        assertThat(j.submit("provider", id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(j.instances(number)).hasSize(1);
        String instance = j.instances(number).get(0).get("id").toString();
        assertThat(j.publicStatus(id)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(j.publicList("category=taxi&q=" + word)).isEmpty();

        // the moderator returns it with remarks; the provider sees them, fixes and sends again: the same case
        j.moderate(number, "RETURN", "Укажите, есть ли в машине крепление для коляски", null);
        Map<?, ?> returned = j.own("provider", id);
        assertThat(returned.get("statusLabel")).isEqualTo("Возвращено на доработку");
        assertThat(returned.get("remarks")).isEqualTo("Укажите, есть ли в машине крепление для коляски");
        full.put("description", "Поездки на минивэне с пандусом и креплением для коляски, помощь водителя при посадке");
        assertThat(j.update("provider", id, full).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(j.submit("provider", id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(j.instances(number)).hasSize(1).first().satisfies(pi -> assertThat(pi.get("id")).isEqualTo(instance));

        // published: public, found by category, territory and text; excluded by another territory or text
        j.moderate(number, "PUBLISH", null, null);
        Map<?, ?> published = j.own("provider", id);
        assertThat(published.get("statusLabel")).isEqualTo("Прошло модерацию");
        assertThat(published.get("remarks")).isNull();
        assertThat(j.instances(number)).isEmpty();
        assertThat(j.publicStatus(id)).isEqualTo(HttpStatus.OK);
        Map<?, ?> card = http.getForObject("/api/catalog/ads/" + id, Map.class);
        assertThat(card.get("unitLabel")).isEqualTo("поездка");
        assertThat((List<String>) card.get("paymentLabels")).containsExactly("наличные", "карта");
        assertThat(ids(j.publicList("category=taxi&municipality=" + surgut + "&q=КРЕПЛЕНИЕМ"))).contains(id);
        assertThat(ids(j.publicList("category=taxi&municipality=" + urai))).doesNotContain(id);
        assertThat(ids(j.publicList("category=cleaning"))).doesNotContain(id);
        assertThat(ids(j.publicList("q=вертолёт"))).doesNotContain(id);
        assertThat(ids(j.publicList("category=taxi&sort=price"))).contains(id);
        assertThat(ids(j.publicList("category=taxi&sort=rating"))).contains(id);
        List<Map<String, Object>> categories = http.getForObject("/api/catalog/categories", List.class);
        assertThat(categories.stream().map(c -> c.get("name")).toList()).contains("Социальное такси", "Уборка жилья");

        // an edit of a published ad waits for moderation while the old version stays public
        full.put("price", "420.00");
        assertThat(j.update("provider", id, full).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(j.submit("provider", id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForObject("/api/catalog/ads/" + id, Map.class).get("price")).isEqualTo(350.0);
        j.moderate(j.own("provider", id).get("number").toString(), "PUBLISH", null, null);
        assertThat(http.getForObject("/api/catalog/ads/" + id, Map.class).get("price")).isEqualTo(420.0);

        // «Активен» off hides it at once
        assertThat(j.as("provider").postForEntity("/api/ads/" + id + "/deactivate", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(j.publicStatus(id)).isEqualTo(HttpStatus.NOT_FOUND);
    }

    static List<Object> ids(List<Map<?, ?>> ads) {
        return ads.stream().map(a -> (Object) a.get("id")).toList();
    }
}
