package ru.zabota.catalogcontract;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.support.PostgresTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000's catalog contract on PostgreSQL: V13 on an empty schema, the demo contracts and receipts made through
 * the real process at startup, the journeys of both pairs (row locks and the race on «Подтвердить оплату» on a real
 * database).
 */
class CatalogContractOnPostgresIT extends PostgresTestBase {
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoRegionHasContractsInEachReachableStatusAndReceiptsInEachState() {
        assertThat(jdbc.queryForList("select distinct status from catalog_contract", String.class))
                .contains("CONCLUDING", "IN_WORK", "DONE", "EXECUTED", "DECLINED");
        assertThat(jdbc.queryForList("select distinct r.status from receipt r join catalog_contract c on c.receipt_id = r.id", String.class))
                .contains("ON_PAYMENT", "PAID", "REJECTED");
    }

    @Test
    void citizenAndProviderFromTheOrderToThePayment() {
        new CatalogContractJourney(http).wholeJourney();
    }

    @Test
    void theSecondCitizenAndTheSecondProvider() {
        new CatalogContractJourney(http).secondPair();
    }
}
