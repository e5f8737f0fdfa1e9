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
}
