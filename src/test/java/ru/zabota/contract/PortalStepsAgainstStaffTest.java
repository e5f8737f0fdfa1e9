package ru.zabota.contract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;
import ru.zabota.support.Race;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine boundary attacked from {@code /engine-rest} as staff would attack it: the portal steps of [603] are
 * the citizen's and the provider's, so no staff login may take them, start the process, or sign through a crafted
 * variable — not even the engine administrator, whose message the delegates refuse for want of a signature on record.
 */
@ZabotaSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class PortalStepsAgainstStaffTest {
    static final List<String> STAFF = List.of("specialist", "specialist2", "head", "approver", "moderator", "analyst");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private Map<?, ?> requested(String provider) {
        ContractJourney j = ContractJourney.of(http, jdbc, provider);
        ResponseEntity<Map> r = j.as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", j.providerId(), "basis", "IPPSU", "basisId", j.ippsuId()), Map.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return r.getBody();
    }

    private String status(Object contractId) {
        return jdbc.queryForObject("select status from contract where id = ?", String.class, contractId);
    }

    private int signatures(Object contractId) {
        return jdbc.queryForObject("select count(*) from contract_signature where contract_id = ?", Integer.class, contractId);
    }

    @Test
    void noStaffRoleTakesTheProvidersOrTheCitizensStep() {
        Map<?, ?> contract = requested("Ханты-Мансийский КЦСОН");
        Object number = contract.get("number");
        for (String staff : STAFF) {
            TestRestTemplate as = http.withBasicAuth(staff, "demo");
            // nothing to complete: the portal step is not a task
            List<?> tasks = as.getForObject("/engine-rest/task?processInstanceBusinessKey=" + number, List.class);
            assertThat(tasks).as(staff + " sees a portal task").isEmpty();
            // the step's message with a forged decision: no right to correlate
            ResponseEntity<String> forged = as.postForEntity("/engine-rest/message", Map.of("messageName", "ProviderDecided",
                    "businessKey", number, "processVariables", Map.of("providerDecision", Map.of("value", "SIGN"))), String.class);
            assertThat(forged.getStatusCode()).as(staff + " correlated ProviderDecided").isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<String> withdraw = as.postForEntity("/engine-rest/message",
                    Map.of("messageName", "RequestWithdrawn", "businessKey", number), String.class);
            assertThat(withdraw.getStatusCode()).as(staff + " withdrew for the citizen").isEqualTo(HttpStatus.FORBIDDEN);
            // nor start a contract of their own making
            ResponseEntity<String> started = as.postForEntity("/engine-rest/process-definition/key/social-contract-603/start",
                    Map.of("businessKey", "603-FORGED-" + staff, "variables", Map.of("contractId", Map.of("value", contract.get("id"), "type", "Long"))),
                    String.class);
            assertThat(started.getStatusCode()).as(staff + " started [603]").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        // a head sees the waiting execution but may not push it on
        List<Map<?, ?>> executions = http.withBasicAuth("head", "demo")
                .getForObject("/engine-rest/execution?businessKey=" + number + "&activityId=providerReview", List.class);
        for (Map<?, ?> e : executions) {
            assertThat(http.withBasicAuth("head", "demo").postForEntity("/engine-rest/execution/" + e.get("id") + "/signal", Map.of(), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(status(contract.get("id"))).isEqualTo("CONCLUDING");
        assertThat(signatures(contract.get("id"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ like '603-FORGED-%'", Integer.class)).isZero();
    }

    @Test
    void aCraftedSignDecisionWithoutASignatureOnRecordSignsNothingEvenForTheAdministrator() {
        Map<?, ?> contract = requested("Содействие");
        ResponseEntity<String> forged = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/message", Map.of(
                "messageName", "ProviderDecided", "businessKey", contract.get("number"),
                "processVariables", Map.of("providerDecision", Map.of("value", "SIGN"))), String.class);
        assertThat(forged.getStatusCode().is2xxSuccessful()).as("the engine accepted a signature that was never given").isFalse();
        ResponseEntity<String> declined = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/message", Map.of(
                "messageName", "ProviderDecided", "businessKey", contract.get("number"),
                "processVariables", Map.of("providerDecision", Map.of("value", "DECLINE"))), String.class);
        assertThat(declined.getStatusCode().is2xxSuccessful()).as("the engine accepted a decline that nobody made").isFalse();
        assertThat(status(contract.get("id"))).isEqualTo("CONCLUDING");
        assertThat(signatures(contract.get("id"))).isZero();
        // the real step still works afterwards: the citizen withdraws the request
        ResponseEntity<Map> withdrawn = http.withBasicAuth("citizen", "demo")
                .postForEntity("/api/contracts/" + contract.get("id") + "/withdraw", null, Map.class);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody().get("statusLabel")).isEqualTo("Запрос отозван");
    }

    @Test
    void aDoubleClickedRequestMakesOneContractAndOneCase() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Содействие");
        int before = jdbc.queryForObject("select count(*) from contract where provider_id = ?", Integer.class, j.providerId());
        var answers = Race.of(4, () -> j.as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", j.providerId(), "basis", "IPPSU", "basisId", j.ippsuId()), Map.class));
        Race.assertOneEffectNoError(answers);
        assertThat(answers.stream().filter(r -> r.getStatusCode() == HttpStatus.CREATED)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.getStatusCode() == HttpStatus.CONFLICT))
                .allMatch(r -> "open-request-exists".equals(r.getBody().get("code")));
        assertThat(jdbc.queryForObject("select count(*) from contract where provider_id = ?", Integer.class, j.providerId())).isEqualTo(before + 1);
        Object created = answers.stream().filter(r -> r.getStatusCode() == HttpStatus.CREATED).findFirst().orElseThrow().getBody().get("id");
        assertThat(j.as("citizen").postForEntity("/api/contracts/" + created + "/withdraw", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSocialWorkerOfTheOrganisationHasNoSigningRight() {
        Map<?, ?> contract = requested("Ханты-Мансийский КЦСОН");
        Object id = contract.get("id");
        TestRestTemplate worker = http.withBasicAuth("worker", "demo");
        LocalDate today = LocalDate.now(ru.zabota.TimeConfig.REGION_ZONE);
        List<ResponseEntity<Map>> tries = List.of(
                worker.exchange("/api/contracts/" + id + "/term", org.springframework.http.HttpMethod.PUT,
                        new org.springframework.http.HttpEntity<>(Map.of("from", today.toString(), "to", today.plusDays(30).toString())), Map.class),
                worker.exchange("/api/contracts/" + id + "/services/" + ((List<Map<?, ?>>) contract.get("lines")).get(0).get("id"),
                        org.springframework.http.HttpMethod.DELETE, org.springframework.http.HttpEntity.EMPTY, Map.class),
                worker.postForEntity("/api/contracts/" + id + "/sign", null, Map.class),
                worker.postForEntity("/api/contracts/" + id + "/decline", Map.of("reason", "не хочу"), Map.class));
        for (ResponseEntity<Map> r : tries) {
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(r.getBody()).containsEntry("code", "no-signing-right");
        }
        assertThat(status(id)).isEqualTo("CONCLUDING");
        assertThat(jdbc.queryForObject("select count(*) from contract_line where contract_id = ?", Integer.class, id))
                .isEqualTo(((List<?>) contract.get("lines")).size());
        assertThat(jdbc.queryForObject("select term_from from contract where id = ?", java.sql.Date.class, id)).isNull();
        // the worker still reads the contract of the organisation
        assertThat(worker.getForEntity("/api/contracts/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("citizen", "demo").postForEntity("/api/contracts/" + id + "/withdraw", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theProviderDeclinesAndTheCaseNamesWhoDeclined() {
        Map<?, ?> contract = requested("Ханты-Мансийский КЦСОН");
        Object id = contract.get("id");
        TestRestTemplate provider = http.withBasicAuth("provider", "demo");
        assertThat(provider.postForEntity("/api/contracts/" + id + "/decline", Map.of("reason", ""), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(status(id)).isEqualTo("CONCLUDING");
        assertThat(http.withBasicAuth("provider2", "demo").postForEntity("/api/contracts/" + id + "/decline",
                Map.of("reason", "Чужой"), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> declined = provider.postForEntity("/api/contracts/" + id + "/decline",
                Map.of("reason", "Нет свободных социальных работников"), Map.class);
        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(declined.getBody().get("statusLabel")).isEqualTo("Отклонён");
        assertThat(declined.getBody().get("declineReason").toString()).contains("Нет свободных социальных работников");
        // the audit names the person and the organisation, not a login or «система»
        String actor = jdbc.queryForObject("select a.actor from case_audit a join contract c on c.case_id = a.case_id"
                + " where c.id = ? order by a.id desc fetch first 1 rows only", String.class, id);
        assertThat(actor).contains("Соколова").contains("КЦСОН").doesNotContain("система");
        // a second decline and a late withdrawal are out of order
        assertThat(provider.postForEntity("/api/contracts/" + id + "/decline", Map.of("reason", "ещё раз"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.withBasicAuth("citizen", "demo").postForEntity("/api/contracts/" + id + "/withdraw", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?", Integer.class,
                contract.get("number"))).isZero();
    }
}
