package ru.zabota.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input stops at the door with a 400 and a Russian message, and changes nothing. */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class InputRulesTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagingIsBounded() {
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        for (String query : new String[]{"page=999999999", "page=-1", "size=1000", "size=0", "page=2147483647&size=100"}) {
            ResponseEntity<Map> r = citizen.getForEntity("/api/contracts?" + query, Map.class);
            assertThat(r.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getBody()).as(query).containsEntry("code", "invalid-page");
        }
        assertThat(citizen.getForEntity("/api/contracts?page=0&size=100", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> page = http.getForEntity("/registry?page=999999999", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("Номер страницы");
    }

    @Test
    void wrongParametersGetARussianAnswer() {
        ResponseEntity<String> page = http.getForEntity("/registry?page=abc", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("Параметр «page» указан неверно").doesNotContain("Failed to convert");
        TestRestTemplate citizen = http.withBasicAuth("citizen", "demo");
        for (String id : new String[]{"0x1F", "١٢", "1e3", "12abc"}) {
            ResponseEntity<Map> r = citizen.getForEntity("/api/contracts/" + id, Map.class);
            assertThat(r.getStatusCode()).as(id + " " + r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getBody()).as(id).containsEntry("code", "invalid-parameter");
        }
    }

    @Test
    void controlCharactersAreRefusedWithTheFieldNamedBeforeAnythingIsRead() {
        TestRestTemplate provider = http.withBasicAuth("provider", "demo");
        int declined = jdbc.queryForObject("select count(*) from contract where status = 'DECLINED'", Integer.class);
        ResponseEntity<Map> nul = provider.postForEntity("/api/contracts/1/decline", Map.of("reason", "нет\u0000мест"), Map.class);
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nul.getBody()).containsEntry("code", "invalid-field");
        assertThat(nul.getBody().get("detail").toString()).contains("«reason»").contains("управляющие символы");
        assertThat(jdbc.queryForObject("select count(*) from contract where status = 'DECLINED'", Integer.class)).isEqualTo(declined);
        ResponseEntity<Map> query = http.getForEntity("/api/providers?q={q}", Map.class, "Соц\u0007");
        assertThat(query.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(query.getBody()).containsEntry("code", "invalid-characters");
        ResponseEntity<String> page = http.getForEntity("/registry?q={q}", String.class, "a\u0001b");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("недопустимые управляющие символы");
        // line breaks and tabs are text
        assertThat(http.getForEntity("/api/providers?q={q}", Map.class, "Соц\tиальный").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
