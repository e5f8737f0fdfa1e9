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
        new CatalogJourney(http).wholeJourney("апитест");
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
