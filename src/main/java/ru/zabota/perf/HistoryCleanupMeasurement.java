package ru.zabota.perf;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --zabota.measure.history-cleanup=<days>} (a measurement, never in production: it moves the engine's clock):
 * on a generated region, checks that every ended instance carries a removal time, moves the engine's clock the given
 * days ahead (181: past the models' historyTimeToLive P180D), runs the engine's own history cleanup job (the one the
 * 22:00–06:00 window runs, batch size as configured) until nothing due is left, and prints the {@code ACT_HI_*} rows
 * removed per second and how many nightly windows a year of the region needs. The job executor is stopped first, so
 * the moved clock fires no timer of the running instances. {@code --zabota.measure.history-cleanup-runs=<n>} stops
 * after n runs of the job (a sample of a big region). The application stops afterwards.
 * <p>
 * The one class outside {@code workflow/} that uses the engine's HistoryService and ManagementService (ArchitectureTest
 * names it): a measurement of the engine itself, not a feature.
 */
@Component
@ConditionalOnProperty("zabota.measure.history-cleanup")
@org.springframework.core.annotation.Order(100)
class HistoryCleanupMeasurement implements ApplicationRunner {
    static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_varinst", "act_hi_detail",
            "act_hi_taskinst", "act_hi_identitylink", "act_hi_op_log", "act_hi_incident", "act_hi_job_log", "act_hi_comment",
            "act_hi_attachment", "act_hi_ext_task_log");

    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final ManagementService management;
    private final ProcessEngineConfigurationImpl engine;
    private final ApplicationContext context;
    private final int days;
    private final int maxRuns;

    HistoryCleanupMeasurement(JdbcTemplate jdbc, HistoryService history, ManagementService management, ProcessEngineConfigurationImpl engine,
                              ApplicationContext context, @Value("${zabota.measure.history-cleanup}") int days,
                              @Value("${zabota.measure.history-cleanup-runs:0}") int maxRuns) {
        this.jdbc = jdbc;
        this.history = history;
        this.management = management;
        this.engine = engine;
        this.context = context;
        this.days = days;
        this.maxRuns = maxRuns;
    }

    /** What a cleanup run removed and how fast. */
    record Result(long endedWithoutRemovalTime, Map<String, Long> before, Map<String, Long> after, long instancesRemoved,
                  Duration took, int jobRuns) {
        long rowsRemoved() {
            return before.values().stream().mapToLong(Long::longValue).sum() - after.values().stream().mapToLong(Long::longValue).sum();
        }

        double rowsPerSecond() {
            return rowsRemoved() * 1000.0 / Math.max(1, took.toMillis());
        }

        /** Seconds of one cleanup job run (each removes up to the batch size of rows from each history table). */
        double secondsPerRun() {
            return took.toMillis() / 1000.0 / Math.max(1, jobRuns);
        }

        @Override
        public String toString() {
            return String.format("history cleanup: %d ended instances without removal time; removed %d instances, %d ACT_HI rows in %.1f s "
                            + "(%d job runs, %.2f s each): %.0f rows/s%n  before %s%n  after  %s", endedWithoutRemovalTime, instancesRemoved,
                    rowsRemoved(), took.toMillis() / 1000.0, jobRuns, secondsPerRun(), rowsPerSecond(), before, after);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        System.out.println(measure());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    Result measure() {
        JobExecutor executor = engine.getJobExecutor();
        if (executor != null && executor.isActive()) executor.shutdown();
        long missing = jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL AND removal_time_ IS NULL", Long.class);
        Map<String, Long> before = counts();
        long ended = jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL", Long.class);
        Date later = Date.from(Instant.now().plus(Duration.ofDays(days)));
        ClockUtil.setCurrentTime(later);
        int runs = 0;
        Duration took = Duration.ZERO; // the cleanup job's own time; the progress counts in between are not included
        try {
            long due = dueCount(later);
            while (due > 0 && (maxRuns == 0 || runs < maxRuns)) {
                Instant started = Instant.now();
                runCleanupOnce();
                took = took.plus(Duration.between(started, Instant.now()));
                runs++;
                long left = dueCount(later);
                if (left == due) break; // no progress: misconfigured cleanup; the counts show it
                due = left;
            }
        } finally {
            ClockUtil.reset();
        }
        Map<String, Long> after = counts();
        long endedAfter = jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL", Long.class);
        return new Result(missing, before, after, ended - endedAfter, took, runs);
    }

    /** History rows due by {@code at} in the big tables (each has an index on its removal time). */
    private long dueCount(Date at) {
        long due = 0;
        for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_varinst", "act_hi_detail", "act_hi_taskinst")) {
            due += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE removal_time_ <= ?", Long.class, new java.sql.Timestamp(at.getTime()));
        }
        return due;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : HISTORY_TABLES) counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        return counts;
    }

    private void runCleanupOnce() {
        for (int attempt = 1; ; attempt++) {
            try {
                Job job = history.cleanUpHistoryAsync(true);
                management.executeJob(job.getId());
                return;
            } catch (OptimisticLockingException concurrentRun) {
                if (attempt == 5) throw concurrentRun;
            }
        }
    }
}
