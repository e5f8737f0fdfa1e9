package ru.zabota;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.registry.Provider;
import ru.zabota.registry.ProviderRepository;
import ru.zabota.support.PostgresTestBase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application started on PostgreSQL from an empty schema, read back through the real API. */
class ApplicationOnPostgresIT extends PostgresTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProviderRepository providers;

    @Test
    void runsOnPostgresql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void flywayAndCamundaCreatedTheirSchema() {
        List<String> migrations = jdbc.queryForList(
                "select version from flyway_schema_history where success and version is not null order by installed_rank",
                String.class);
        assertThat(migrations).contains("1");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        for (String table : List.of("act_ru_task", "act_ru_execution", "act_re_procdef", "act_hi_procinst", "act_id_user")) {
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = current_schema()"
                    + " and table_name = ?", Integer.class, table)).as(table).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task", Integer.class)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'specialist'", Integer.class)).isEqualTo(1);
    }

    @Test
    void citizenReadsHerselfThroughTheApi() {
        ResponseEntity<Map> me = http.withBasicAuth("citizen", "demo").getForEntity("/api/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("username", "citizen").containsEntry("fullName", "Петрова Анна Сергеевна");
        assertThat(http.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void registryIsStoredAndServed() {
        assertThat(providers.count()).isGreaterThanOrEqualTo(10);
        Provider first = providers.search("%кцсон%", null, null, PageRequest.of(0, 20)).getContent().stream()
                .filter(p -> p.getShortName().equals("БУ «Ханты-Мансийский КЦСОН»")).findFirst().orElseThrow();
        Provider stored = providers.findWithServicesById(first.getId()).orElseThrow();
        assertThat(stored.getServices()).isNotEmpty();

        ResponseEntity<Map> card = http.getForEntity("/api/providers/" + stored.getId(), Map.class);
        assertThat(card.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(card.getBody()).containsEntry("shortName", "БУ «Ханты-Мансийский КЦСОН»")
                .containsEntry("municipality", "Ханты-Мансийск");
        assertThat((List<?>) card.getBody().get("services")).hasSize(stored.getServices().size());
    }

    @Test
    void engineRestWorksForStaffOnPostgres() {
        assertThat(http.withBasicAuth("specialist", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("specialist", "demo").getForEntity("/engine-rest/filter", String.class).getBody())
                .contains("Мои задачи", "Задачи моих групп");
    }
}
