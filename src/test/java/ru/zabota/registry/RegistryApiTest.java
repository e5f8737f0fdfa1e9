package ru.zabota.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import ru.zabota.ZabotaSpringTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public registry: anonymous search by name, municipality and service kind; the provider card. */
@ZabotaSpringTest
class RegistryApiTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void searchesByNameMunicipalityAndKind() {
        Map all = http.getForObject("/api/providers", Map.class);
        assertThat(((Number) all.get("total")).intValue()).isGreaterThanOrEqualTo(10);

        Map byName = http.getForObject("/api/providers?q=кцсон", Map.class);
        List<Map> items = (List<Map>) byName.get("items");
        assertThat(items).isNotEmpty().allSatisfy(p -> assertThat(p.get("shortName").toString()).contains("КЦСОН"));

        List<Map> towns = http.getForObject("/api/municipalities", List.class);
        Object surgut = towns.stream().filter(t -> t.get("name").equals("Сургут")).findFirst().orElseThrow().get("id");
        List<Map> inSurgut = (List<Map>) http.getForObject("/api/providers?municipalityId=" + surgut, Map.class).get("items");
        assertThat(inSurgut).isNotEmpty().allSatisfy(p -> assertThat(p.get("municipality")).isEqualTo("Сургут"));

        List<Map> labour = (List<Map>) http.getForObject("/api/providers?kind=LABOUR", Map.class).get("items");
        assertThat(labour).extracting(p -> p.get("shortName").toString())
                .contains("АНО «Серебряный возраст»").doesNotContain("ООО «Добрые руки»");
    }

    @Test
    void providerCardHasServicesAndTariffs() {
        List<Map> items = (List<Map>) http.getForObject("/api/providers?q=Добрые", Map.class).get("items");
        Map card = http.getForObject("/api/providers/" + items.get(0).get("id"), Map.class);
        assertThat((List<?>) card.get("services")).hasSize(5);
        assertThat(http.getForEntity("/api/providers/999999", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
