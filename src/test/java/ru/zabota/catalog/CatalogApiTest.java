package ru.zabota.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog journey on H2: pre-checks, rights, moderation in Tasklist (return → fix → publish), the public
 * catalog with its filters, an edit that waits for moderation while the old version stays public, deactivation.
 */
@ZabotaSpringTest
class CatalogApiTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void theWholeJourney() {
        CatalogJourney j = new CatalogJourney(http);
        Long hm = j.town("Ханты-Мансийск");
        Long surgut = j.town("Сургут");
        Long urai = j.town("Урай");

        // a bare draft: the pre-checks name every missing item and start nothing
        ResponseEntity<Map> draft = j.create("provider", Map.of("shortName", "Такси «Журавль» апитест"));
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
        Map<String, Object> full = CatalogJourney.form("taxi", "Такси «Журавль» апитест",
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
        assertThat(j.publicList("category=taxi&q=журавль")).isEmpty();

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

    @Test
    void aDuplicateStopsModerationAndNamesTheOriginal() {
        CatalogJourney j = new CatalogJourney(http);
        Long hm = j.town("Ханты-Мансийск");
        Map<String, Object> f = CatalogJourney.form("cleaning", "Уборка «Чистый дом» дубль", "Уборка квартиры после ремонта", "900", List.of(hm));
        Object first = j.create("provider", f).getBody().get("id");
        Map<?, ?> second = j.create("provider", f).getBody();
        assertThat(j.submit("provider", second.get("id")).getStatusCode()).isEqualTo(HttpStatus.OK);
        j.moderate(second.get("number").toString(), "DUPLICATE", null, ((Number) first).longValue());
        Map<?, ?> dup = j.own("provider", second.get("id"));
        assertThat(dup.get("statusLabel")).isEqualTo("Дубликат");
        assertThat(dup.get("duplicateOf")).isEqualTo(first);
        assertThat(j.instances(second.get("number").toString())).isEmpty();
        assertThat(j.publicStatus(second.get("id"))).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
