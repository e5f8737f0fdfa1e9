package ru.zabota.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.zabota.TimeConfig;
import ru.zabota.contract.ContractJourney;
import ru.zabota.support.PostgresTestBase;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine keeps, on PostgreSQL: after real journeys no process variable (runtime or history, including
 * serialized values) holds a СНИЛС, a person's name, income or a list of records; and history has an end — the
 * cleanup window is configured and the cleanup removes an ended instance once its time to live has passed.
 */
// own JVM and schema: the first test reads every variable in the engine's tables, so it would also judge what the
// other PostgreSQL classes' processes left (in the shared group it found [602]'s recommendedProviders, a JSON list)
@Tag("own-jvm")
@SuppressWarnings({"rawtypes", "unchecked"})
class EngineDataOnPostgresIT extends PostgresTestBase {
    static final Pattern SNILS = Pattern.compile("\\d{3}-\\d{3}-\\d{3} \\d{2}|(?<!\\d)\\d{11}(?!\\d)");
    /** What a JSON variable may hold: numbers (ids), nothing else — no object, no text. */
    static final Pattern IDS_ONLY = Pattern.compile("\\|\\s*\\[[\\d,\\s]*\\]\\s*$");
    static final List<String> PERSONAL_WORDS = List.of("Петрова", "Смирнов", "Кузнецов", "доход", "инвалид", "СНИЛС");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Map<?, ?> requested(ContractJourney j) {
        ResponseEntity<Map> r = j.as("citizen").postForEntity("/api/contracts",
                Map.of("providerId", j.providerId(), "basis", "IPPSU", "basisId", j.ippsuId()), Map.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return r.getBody();
    }

    @Test
    void noPersonalDataOrListsInProcessVariables() {
        ContractJourney j = ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН");
        LocalDate today = LocalDate.now(TimeConfig.REGION_ZONE);
        Map<?, ?> active = j.activeContract(today, today.plusMonths(1), ContractJourney.LEGAL_HELP);
        assertThat(active.get("statusLabel")).isEqualTo("Действующий");
        Map<?, ?> declined = requested(ContractJourney.of(http, jdbc, "Содействие"));
        assertThat(j.as("provider2").postForEntity("/api/contracts/" + declined.get("id") + "/decline",
                Map.of("reason", "Петрова А. С. живёт вне зоны обслуживания, доход не важен"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<String> values = new ArrayList<>();
        for (String table : List.of("act_ru_variable", "act_hi_varinst")) {
            String type = table.equals("act_ru_variable") ? "v.type_" : "v.var_type_";
            jdbc.query("select v.name_, " + type + ", v.text_, v.text2_, convert_from(b.bytes_, 'UTF8') as bytes from " + table
                    + " v left join act_ge_bytearray b on b.id_ = v.bytearray_id_", rs -> {
                String all = table + ": " + rs.getString(1) + " [" + rs.getString(2) + "] " + rs.getString(3) + " | " + rs.getString(4)
                        + " | " + rs.getString(5);
                values.add(all);
            });
        }
        jdbc.query("select d.name_, d.text_, d.text2_ from act_hi_detail d where d.type_ = 'VariableUpdate'",
                rs -> { values.add("act_hi_detail: " + rs.getString(1) + " " + rs.getString(2) + " | " + rs.getString(3)); });
        assertThat(values).as("variables were recorded at all").isNotEmpty();
        for (String v : values) {
            assertThat(SNILS.matcher(v).find()).as("СНИЛС in " + v).isFalse();
            for (String word : PERSONAL_WORDS) assertThat(v).as("personal data in " + v).doesNotContainIgnoringCase(word);
            // a JSON value may only be a list of ids (the [602] decision's recommendedProviders); records are not
            if (v.contains("[json]")) assertThat(IDS_ONLY.matcher(v).find()).as("a list of records in " + v).isTrue();
            assertThat(v).as("a list of records in " + v).doesNotContain("Options");
        }
    }

    @Test
    void historyCleanupRemovesEndedInstancesPastTheirTimeToLive() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(history.findHistoryCleanupJobs()).as("the nightly cleanup job is scheduled").isNotEmpty();

        Map<?, ?> withdrawn = requested(ContractJourney.of(http, jdbc, "Ханты-Мансийский КЦСОН"));
        assertThat(http.withBasicAuth("citizen", "demo").postForEntity("/api/contracts/" + withdrawn.get("id") + "/withdraw", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String number = (String) withdrawn.get("number");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ? and end_time_ is not null"
                + " and removal_time_ is not null", Integer.class, number)).isEqualTo(1);
        String pi = jdbc.queryForObject("select id_ from act_hi_procinst where business_key_ = ?", String.class, number);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ?", Integer.class, pi)).isPositive();

        // not yet due: the cleanup leaves it
        runCleanupNow();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Integer.class, number)).isEqualTo(1);

        // 181 days later (the models keep history for 180 days)
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(181))));
        runCleanupNow();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Integer.class, number)).isZero();
        for (String table : List.of("act_hi_actinst", "act_hi_varinst", "act_hi_detail")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where proc_inst_id_ = ?", Integer.class, pi))
                    .as(table + " of the removed instance").isZero();
        }
        // the domain record stays: the case and its audit are the office's records, kept by its own rules
        assertThat(jdbc.queryForObject("select count(*) from social_case where number = ?", Integer.class, number)).isEqualTo(1);
    }

    /**
     * The cleanup job is one ever-living job that the job executor also runs when it is due (and with the clock
     * moved, it is): if both run it at once, one loses with an optimistic lock and simply runs it again.
     */
    private void runCleanupNow() {
        for (int attempt = 1; ; attempt++) {
            try {
                Job job = history.cleanUpHistoryAsync(true);
                management.executeJob(job.getId());
                return;
            } catch (org.camunda.bpm.engine.OptimisticLockingException concurrentRun) {
                if (attempt == 5) throw concurrentRun;
            }
        }
    }
}
