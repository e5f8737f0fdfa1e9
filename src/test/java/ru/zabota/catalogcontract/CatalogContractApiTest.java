package ru.zabota.catalogcontract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's catalog contract end to end on H2 (CatalogContractJourney). */
@ZabotaSpringTest
class CatalogContractApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void citizenAndProviderFromTheOrderToThePayment() {
        new CatalogContractJourney(http).wholeJourney();
    }

    @Test
    void theSecondCitizenAndTheSecondProvider() {
        new CatalogContractJourney(http).secondPair();
    }

    @Test
    void aRepresentativeOrdersForTheChild() {
        Long child = jdbc.queryForObject("select id from person where last_name = 'Смирнов' and first_name = 'Артём'", Long.class);
        new CatalogContractJourney(http).representativeOrdersForTheChild(child);
    }

    /** The provider's and the citizen's steps are portal steps: no staff login takes them through /engine-rest. */
    @Test
    void noStaffLoginTakesAPortalStepThroughTheEngineRestApi() {
        CatalogContractJourney j = new CatalogContractJourney(http);
        java.util.Map<?, ?> created = http.withBasicAuth("citizen", "demo").postForObject("/api/catalog-contracts", CatalogContractJourney.order(
                j.adId(CatalogContractJourney.TAXI), java.time.LocalDate.now().plusDays(4), 1, "Поездка в МФЦ"), java.util.Map.class);
        java.util.Map<?, ?> summary = (java.util.Map<?, ?>) created.get("summary");
        Object number = summary.get("number");
        for (String staff : java.util.List.of("specialist", "specialist2", "head", "approver", "moderator", "analyst")) {
            org.springframework.boot.test.web.client.TestRestTemplate as = http.withBasicAuth(staff, "demo");
            assertThat(as.getForObject("/engine-rest/task?processInstanceBusinessKey=" + number, java.util.List.class))
                    .as(staff + " sees a portal step as a task").isEmpty();
            org.springframework.http.ResponseEntity<String> forged = as.postForEntity("/engine-rest/message", java.util.Map.of(
                    "messageName", CatalogContractProcess.Messages.PROVIDER_DECIDED, "businessKey", number,
                    "processVariables", java.util.Map.of("catalogProviderDecision", java.util.Map.of("value", "ACCEPT"))), String.class);
            assertThat(forged.getStatusCode()).as(staff + " correlated the provider's decision").isEqualTo(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForObject("select status from catalog_contract where id = ?", String.class, ((Number) summary.get("id")).longValue()))
                .isEqualTo("CONCLUDING");
    }
}
