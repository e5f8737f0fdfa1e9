package ru.zabota.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The three doors: portal API (portal accounts), engine REST (staff in Camunda identity), webapps. */
@ZabotaSpringTest
class AccessTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void citizenSeesHimselfOnApiMe() {
        ResponseEntity<Map> me = http.withBasicAuth("citizen", "demo").getForEntity("/api/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("username", "citizen").containsEntry("fullName", "Петрова Анна Сергеевна");
    }

    @Test
    void representativeListsTheChild() {
        ResponseEntity<Map> me = http.withBasicAuth("parent", "demo").getForEntity("/api/me", Map.class);
        assertThat(me.getBody().get("represented").toString()).contains("Смирнов Артём Игоревич");
    }

    @Test
    void apiRefusesAnonymousAndWrongPassword() {
        assertThat(http.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("citizen", "wrong").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestIsForStaffOnly() {
        assertThat(http.withBasicAuth("citizen", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("provider", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("specialist", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void staffCannotUseThePortalApi() {
        assertThat(http.withBasicAuth("specialist", "demo").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
