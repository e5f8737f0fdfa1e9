package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ru.zabota.TimeConfig;
import ru.zabota.support.PostgresTestBase;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001's journey on PostgreSQL: request from the ИППСУ, provider edits and signs, citizen signs, the worker
 * records and confirms every delivery, the citizen signs the act («Исполнен») and rates; the provider card shows it.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ContractOnPostgresIT extends PostgresTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wholeJourneyOnPostgresql() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        long provider = j.providerId();
        LocalDate today = LocalDate.now(TimeConfig.REGION_ZONE);
        Map<?, ?> contract = j.activeContract(today.minusDays(2), today, ContractDeliveryApiTest.LEGAL_HELP);
        Object id = contract.get("id");

        ResponseEntity<Map> early = j.as("citizen").postForEntity("/api/contracts/" + id + "/act/sign", null, Map.class);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        List<Object> delivered = j.deliverEverything(contract, today.minusDays(1));
        assertThat(jdbc.queryForObject("select count(*) from delivery d join delivery_signature s on s.delivery_id = d.id"
                + " where d.contract_id = ? and d.status = 'CONFIRMED' and length(s.image) > 0 and length(d.document_hash) = 64",
                Integer.class, id)).isEqualTo(delivered.size());
        assertThat(j.as("citizen").getForEntity("/api/deliveries/" + delivered.get(0) + "/signature", byte[].class).getBody())
                .startsWith(0x89, 'P', 'N', 'G');

        Map<?, ?> executed = j.as("citizen").postForObject("/api/contracts/" + id + "/act/sign", null, Map.class);
        assertThat(executed.get("statusLabel")).isEqualTo("Исполнен");
        assertThat(j.as("citizen").postForEntity("/api/contracts/" + id + "/review", Map.of("rating", 5, "comment", "Спасибо"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<?, ?> rating = (Map<?, ?>) http.getForObject("/api/providers/" + provider, Map.class).get("rating");
        assertThat(((Number) rating.get("count")).intValue()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select party from contract_signature where contract_id = ? order by signed_at", String.class, id))
                .containsExactly("PROVIDER", "CITIZEN", "ACT");
        String caseNumber = (String) contract.get("number");
        assertThat(jdbc.queryForObject("select status from social_case where number = ?", String.class, caseNumber)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ? and end_time_ is not null",
                Integer.class, caseNumber)).isEqualTo(1);
    }

    /** V6's indexes exist, and the provider's «Договоры» (newest first, all or in some statuses) read an index in order. */
    @Test
    void indexesServeLookupsAndTheProviderContractList() {
        List<String> indexes = jdbc.queryForList("select indexname from pg_indexes where schemaname = 'public'", String.class);
        assertThat(indexes).containsAll(V6MigrationCheck.NEW_INDEXES).doesNotContain("ix_contract_provider");

        // as ContractRepository.findByProviderIdOrderByCreatedAtDesc / ...AndStatusIn... page them
        assertThat(plan("select * from contract where provider_id = 1 order by created_at desc limit 20"))
                .contains("Index Scan Backward using ix_contract_provider_created");
        assertThat(plan("select * from contract where provider_id = 1 and status in ('ACTIVE', 'EXECUTED') order by created_at desc limit 20"))
                .containsAnyOf("ix_contract_provider_created", "ix_contract_provider_status");
        assertThat(plan("select * from contract where provider_id = 1 and status = 'ACTIVE' order by created_at desc"))
                .contains("Index Scan Backward using ix_contract_provider_status");
        // foreign keys looked up or counted by
        assertThat(plan("select * from contract where case_id = 1")).contains("ix_contract_case");
        assertThat(plan("select * from contract_line where contract_id = 1")).contains("ix_contract_line_contract");
        assertThat(plan("select count(*) from delivery where line_id = 1")).contains("ix_delivery_line");
        assertThat(plan("select line_id, status, count(*) from delivery where contract_id = 1 group by line_id, status"))
                .contains("ix_delivery_contract");
        assertThat(plan("select * from certificate_application where case_id = 1")).contains("ix_cert_app_case");
        assertThat(plan("select * from ippsu_service where ippsu_id = 1")).contains("ix_ippsu_service_ippsu");
    }

    /** The plan of a query with sequential scans switched off (the demo tables are too small to prefer an index). */
    private String plan(String sql) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("set enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("explain " + sql)) {
                    while (rs.next()) plan.append(rs.getString(1)).append('\n');
                } finally {
                    s.execute("reset enable_seqscan");
                }
                return plan.toString();
            }
        });
    }

    /** V6 on a PostgreSQL database that holds rows written by V5 (in a schema of its own, dropped afterwards). */
    @Test
    void v6MovesExistingImagesAndBasesOnPostgresql() {
        String schema = "v6_migration_check";
        TestDatabase db = database();
        jdbc.execute("drop schema if exists " + schema + " cascade");
        try {
            String url = db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            V6MigrationCheck.run(new DriverManagerDataSource(url, db.username(), db.password()), schema);
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
