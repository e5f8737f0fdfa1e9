package ru.zabota.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ZabotaSpringTest
class ProfileApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    PersonRepository people;

    private ResponseEntity<Map> put(Map<String, String> body) {
        return http.withBasicAuth("citizen2", "demo").exchange("/api/profile", HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    @Test
    void invalidInnIsRefusedInRussianAndNothingIsSaved() {
        String before = http.withBasicAuth("citizen2", "demo").getForObject("/api/profile", Map.class).get("phone").toString();
        ResponseEntity<Map> r = put(Map.of("phone", "+7 900 000-00-00", "inn", "500100732258"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(r.getBody()).containsEntry("code", "invalid-input");
        assertThat(r.getBody().get("detail").toString()).contains("ИНН указан неверно");
        assertThat(http.withBasicAuth("citizen2", "demo").getForObject("/api/profile", Map.class).get("phone")).isEqualTo(before);
    }

    @Test
    void validContactsAreSaved() {
        ResponseEntity<Map> r = put(Map.of("address", "628400, г. Сургут, пр. Ленина, д. 31, кв. 52",
                "phone", "+7 (3462) 51-22-91", "email", "kuznetsov@example.ru", "inn", "500100732259"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).containsEntry("inn", "500100732259").containsEntry("phone", "+7 (3462) 51-22-91");
    }
}
