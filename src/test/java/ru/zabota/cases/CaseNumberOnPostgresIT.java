package ru.zabota.cases;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case numbers on PostgreSQL under the load test's conditions (issue 14): many cases opened at once, each inside a
 * request's transaction that goes on for a while after the number (the process start, the notices) before it commits.
 */
class CaseNumberOnPostgresIT extends PostgresTestBase {
    private static final int THREADS = 8;

    @Autowired
    DataSourceProperties database;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private CaseNumbers inYear(int year) {
        return new CaseNumbers(database, Clock.fixed(LocalDate.of(year, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static int someEmptyYear() {
        return 3000 + (int) (System.nanoTime() % 900);
    }

    /**
     * The first cases of a year at once (the counter row is missing, as on a generated region): every one gets its
     * number, all different and without a gap — before the fix the loser's duplicate key aborted its request (a 500).
     */
    @Test
    void theFirstCasesOfAYearAtOnceAllGetTheirNumbers() throws Exception {
        int firstYear = someEmptyYear();
        for (int year = firstYear; year < firstYear + 5; year++) {
            CaseNumbers numbers = inYear(year);
            try {
                TransactionTemplate request = new TransactionTemplate(transactions);
                List<String> drawn = Race.atOnce(THREADS, () -> request.execute(t -> numbers.next(CaseType.CONTRACT_603)));

                List<String> expected = new ArrayList<>();
                for (int i = 1; i <= THREADS; i++) expected.add("603-%d-%06d".formatted(year, i));
                assertThat(drawn).as("numbers of the first %d cases of %d", THREADS, year).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(jdbc.queryForObject("SELECT last_value FROM case_number_counter WHERE case_type = '603' AND counter_year = ?",
                        Long.class, year)).isEqualTo(THREADS);
            } finally {
                numbers.destroy();
            }
        }
    }

    /**
     * A request that has drawn its number and has not committed yet does not hold up the next one: the counter row's
     * lock lasts only as long as the drawing (before the fix every [602] submit and [603] request of the region waited
     * for the previous one's commit).
     */
    @Test
    void aRequestStillRunningAfterItsNumberDoesNotHoldUpTheNext() throws Exception {
        CaseNumbers numbers = inYear(someEmptyYear());
        CountDownLatch drawn = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try {
            CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(t -> {
                String n = numbers.next(CaseType.CERTIFICATE_602);
                drawn.countDown();
                try {
                    finish.await(30, TimeUnit.SECONDS); // the rest of the request: the process start, the notices…
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return n;
            }));
            assertThat(drawn.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> next = CompletableFuture.supplyAsync(
                    () -> new TransactionTemplate(transactions).execute(t -> numbers.next(CaseType.CERTIFICATE_602)));
            assertThat(next.get(5, TimeUnit.SECONDS)).as("the next number while the first request is still open").endsWith("-000002");
            finish.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS)).endsWith("-000001");
        } finally {
            finish.countDown();
            numbers.destroy();
        }
    }
}
