package ru.zabota.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaApplication;
import ru.zabota.ZabotaSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Safe defaults: production refuses a demo administrator password; pages and the API send the security headers. */
@ZabotaSpringTest
class ProductionDefaultsTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void thePostgresProfileRefusesADemoAdministratorPassword() {
        for (String password : new String[]{"demo", "", "short"}) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(ZabotaApplication.class).profiles("postgres")
                    .properties("camunda.bpm.admin-user.password=" + password, "server.port=0",
                            "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never-reached")
                    .run().close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The postgres profile needs a real password for the engine administrator 'admin': "
                            + "set ZABOTA_ADMIN_PASSWORD (at least 10 characters, not a demo value) and start again.");
        }
    }

    @Test
    void pagesAndTheApiSendTheSecurityHeaders() {
        for (ResponseEntity<String> r : java.util.List.of(http.getForEntity("/registry", String.class),
                http.withBasicAuth("citizen", "demo").getForEntity("/api/me", String.class))) {
            HttpHeaders h = r.getHeaders();
            assertThat(h.getFirst("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("frame-ancestors 'self'");
            assertThat(h.getFirst("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        ResponseEntity<String> login = http.getForEntity("/login", String.class);
        String cookie = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(cookie).as("the session cookie").contains("SameSite=Lax").contains("HttpOnly");
    }
}
