package ru.zabota.perf.load;

import org.junit.jupiter.api.Tag;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.zabota.perf.EngineBaseline;
import ru.zabota.perf.RegionGenerator;
import ru.zabota.support.PostgresTestBase;
import ru.zabota.workflow.EngineSteps;
import ru.zabota.workflow.Workflow;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test of the journeys and the engine baseline in CI, briefly, so that neither rots: on a small generated
 * region (scale 0.01, or the region another test of this database generated already), the engine baseline times a few
 * rounds of every kind, then {@link JourneysSimulation} runs with a handful of users for about half a minute against
 * this application. Gatling's assertions fail the run on any failed request (a 4xx/5xx or a failed check) and on a
 * request kind that never ran, and the run's exit code says so.
 */
// own JVM and schema: it fills the database with a generated region, which the other PostgreSQL classes must not see
@Tag("own-jvm")
class LoadSmokeOnPostgresIT extends PostgresTestBase {
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Workflow workflow;
    @Autowired
    EngineSteps steps;
    @Autowired
    TransactionTemplate tx;

    /** The scale of the region in the database: generated here at 0.01 unless there is one already. */
    double region() {
        Integer citizens = jdbc.queryForObject("SELECT COUNT(*) FROM portal_account WHERE username ~ '^r[0-9]+$'", Integer.class);
        if (citizens == 0) {
            RegionGenerator.Report report = new RegionGenerator(jdbc, encoder, workflow, tx, List.of("specialist")).generate(0.01);
            System.out.println(report);
            citizens = jdbc.queryForObject("SELECT COUNT(*) FROM portal_account WHERE username ~ '^r[0-9]+$'", Integer.class);
        }
        return citizens / 100_000.0;
    }

    @Test
    void theJourneysRunWithoutErrorsAndTheEngineBaselineTimesEveryKind() {
        double scale = region();

        EngineBaseline.Result baseline = new EngineBaseline(jdbc, workflow, steps).run(3, 1);
        System.out.println(baseline.json());
        assertThat(baseline.kinds()).containsOnlyKeys(EngineBaseline.KINDS.keySet());
        assertThat(baseline.kinds().values()).allSatisfy(s -> {
            assertThat(s.count()).as(s.engineStep()).isEqualTo(3);
            assertThat(s.meanMs()).as(s.engineStep()).isPositive();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contract WHERE number LIKE '603-B%' AND status <> 'ACTIVE'", Integer.class))
                .as("the baseline's contracts are signed by both parties and in force").isZero();
        assertThat(JourneyKinds.ALL).as("the engine's kinds are request kinds of the load test")
                .containsAll(EngineBaseline.KINDS.keySet());

        System.setProperty("zabota.load.baseUrl", "http://127.0.0.1:" + port);
        System.setProperty("zabota.load.scale", Double.toString(scale));
        System.setProperty("zabota.load.users", "5");
        System.setProperty("zabota.load.rampSeconds", "2");
        System.setProperty("zabota.load.holdSeconds", "30");
        System.setProperty("zabota.load.staffPassword", "demo");
        Path results = Path.of("target", "gatling-smoke").toAbsolutePath();
        int exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{
                "--simulation", JourneysSimulation.class.getName(), "--results-folder", results.toString(),
                "--run-description", "CI smoke (LoadSmokeOnPostgresIT)"});
        assertThat(exit).as("Gatling's exit code: 0 when no request failed and every kind ran (report under %s)", results).isZero();
    }
}
