package ru.zabota.cases;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Case numbers, 602-2026-000042: per type and year, from a counter row ({@code case_number_counter}).
 * <p>
 * The number is drawn in a short transaction of its own, on two connections of its own, and committed at once: the
 * counter row's lock is held for one UPDATE and one SELECT, not for the whole request that opens the case (the load
 * test of issue 14 showed every [602] submit and [603] request of the region queueing on that lock until the
 * previous one had started its process and committed — 126 waits of 283 ms on average in one run of 50 users). The
 * connections are not the application's pool, so a request that holds a pooled connection never waits for another
 * one from the same pool (no pool deadlock under load). The price: a request that fails after drawing its number
 * (rare — every check runs before the case is opened) leaves that number unused; numbers are never given twice.
 */
@Component
public class CaseNumbers implements DisposableBean {
    private final HikariDataSource connections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    public CaseNumbers(DataSourceProperties database, Clock clock) {
        this.clock = clock;
        this.connections = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        connections.setPoolName("case-numbers");
        connections.setMaximumPoolSize(2);
        connections.setMinimumIdle(0);
        connections.setConnectionTimeout(10_000);
        this.jdbc = new JdbcTemplate(connections);
        this.own = new TransactionTemplate(new DataSourceTransactionManager(connections));
    }

    public String next(CaseType type) {
        int year = LocalDate.now(clock).getYear();
        Long value;
        try {
            value = own.execute(t -> draw(type, year));
        } catch (DuplicateKeyException raced) {
            // two first cases of the year at once: the other one created the row; this one counts on it now
            value = own.execute(t -> draw(type, year));
        }
        return "%s-%d-%06d".formatted(type.code(), year, value);
    }

    private Long draw(CaseType type, int year) {
        if (increment(type, year) == 0) {
            jdbc.update("INSERT INTO case_number_counter (case_type, counter_year, last_value) VALUES (?, ?, 1)", type.code(), year);
            return 1L;
        }
        return jdbc.queryForObject("SELECT last_value FROM case_number_counter WHERE case_type = ? AND counter_year = ?",
                Long.class, type.code(), year);
    }

    private int increment(CaseType type, int year) {
        return jdbc.update("UPDATE case_number_counter SET last_value = last_value + 1 WHERE case_type = ? AND counter_year = ?",
                type.code(), year);
    }

    @Override
    public void destroy() {
        connections.close();
    }
}
