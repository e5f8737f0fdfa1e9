package ru.zabota.cases;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.zabota.support.PostgresTestBase;
import ru.zabota.support.Race;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case numbers on PostgreSQL when several cases are the first of their type in a year at once (found by the load test
 * of issue 14: the loser's duplicate key on the new counter row aborted its whole transaction, a 500). Each round
 * takes a year no case has, releases the threads at one moment, each in its own transaction as a request would be,
 * and every one must get its number, all different and without a gap.
 */
class CaseNumberOnPostgresIT extends PostgresTestBase {
    private static final int THREADS = 8;

    @Autowired
    SocialCaseRepository cases;
    @Autowired
    CaseAuditRepository audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFirstCasesOfAYearAtOnceAllGetTheirNumbers() {
        int firstYear = 3000 + (int) (System.nanoTime() % 1000);
        for (int year = firstYear; year < firstYear + 5; year++) {
            Clock inThatYear = Clock.fixed(LocalDate.of(year, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            SocialCaseService service = new SocialCaseService(cases, audit, jdbc, inThatYear, transactions);
            TransactionTemplate request = new TransactionTemplate(transactions);

            List<String> numbers = Race.atOnce(THREADS, () -> request.execute(t -> service.nextNumber(CaseType.CONTRACT_603)));

            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= THREADS; i++) expected.add("603-%d-%06d".formatted(year, i));
            assertThat(numbers).as("numbers of the first %d cases of %d", THREADS, year).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(jdbc.queryForObject("SELECT last_value FROM case_number_counter WHERE case_type = '603' AND counter_year = ?",
                    Long.class, year)).isEqualTo(THREADS);
        }
    }
}
