package ru.zabota.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.zabota.ZabotaSpringTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health is public for load balancers; metrics only for the engine administrator. */
@ZabotaSpringTest
@SuppressWarnings("rawtypes")
class OperationsEndpointsTest {
    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsPublicAndUp() {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<Map> r = http.getForEntity(path, Map.class);
            assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(r.getBody()).as(path).containsEntry("status", "UP");
        }
    }

    @Test
    void metricsAreForTheAdministratorOnly() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a portal account is not a staff login here (no unthrottled check of portal passwords behind the login throttle)
        assertThat(http.withBasicAuth("citizen", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("specialist", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> admin = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody()).contains("zabota_engine_incidents_open", "zabota_engine_tasks_open{",
                "zabota_engine_jobs_waiting", "zabota_engine_job_executor", "process=\"social-contract-603\"", "http_server_requests");
        // the full health with its details (database, engine, job executor) is the administrator's
        Map<?, ?> health = http.withBasicAuth("admin", "demo").getForObject("/actuator/health", Map.class);
        assertThat(((Map<?, ?>) health.get("components")).keySet()).map(Object::toString).contains("db");
    }
}
