package ru.zabota.certificate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.interagency.InteragencyGateway;
import ru.zabota.interagency.InteragencyKind;
import ru.zabota.interagency.NotConfiguredInteragencyGateway;
import ru.zabota.support.PostgresTestBase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole [602] case on PostgreSQL: portal API for the citizen, engine REST for head, specialist, approver. */
class CertificateOnPostgresIT extends PostgresTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wholeCaseOnPostgresql() {
        CertificateCase.Result r = new CertificateCase(http).runApproved("citizen");
        assertThat(r.application().get("statusLabel")).isEqualTo("Удовлетворено");
        Map<?, ?> cert = (Map<?, ?>) r.application().get("certificate");
        assertThat((List<?>) cert.get("recommendedProviders")).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from certificate_provider", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from social_case where number = ?", String.class,
                r.application().get("caseNumber"))).isEqualTo("CLOSED");
        // the engine finished the instance and kept its history on PostgreSQL
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_inst_id_ = ? and end_time_ is not null",
                Integer.class, r.processInstanceId())).isEqualTo(1);
        // nothing of the case is left running, and the engine's tables hold no personal data of it
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where proc_inst_id_ = ?", Integer.class,
                r.processInstanceId())).isZero();
        CertificateCase.assertNoPersonalDataInEngine(jdbc, "Петрова", "Анна Сергеевна");
    }

    @Autowired
    InteragencyGateway gateway;

    @Test
    void withoutAConfiguredGatewayRequestsFailInsteadOfAnsweringFakeData() {
        assertThat(gateway).isInstanceOf(NotConfiguredInteragencyGateway.class);
        assertThatThrownBy(() -> gateway.send("602-2026-000001/INCOME/1", InteragencyKind.INCOME, "112-233-445 95"))
                .hasMessageContaining("не настроен");
    }

    @Test
    void citizenWithoutRecognitionGets422AndNoRow() {
        int before = jdbc.queryForObject("select count(*) from certificate_application", Integer.class);
        ResponseEntity<Map> refused = http.withBasicAuth("citizen2", "demo").postForEntity("/api/certificates",
                Map.of("type", "CERTIFICATE"), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).containsEntry("code", "no-need-recognition");
        assertThat(jdbc.queryForObject("select count(*) from certificate_application", Integer.class)).isEqualTo(before);
    }
}
