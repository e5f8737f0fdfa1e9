package ru.zabota.catalogcontract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.ZabotaSpringTest;

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
}
