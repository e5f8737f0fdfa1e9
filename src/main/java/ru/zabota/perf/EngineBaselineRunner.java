package ru.zabota.perf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.zabota.workflow.EngineSteps;
import ru.zabota.workflow.Workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar zabota.jar --spring.profiles.active=postgres --spring.main.web-application-type=none
 * --zabota.perf.engine-baseline=500} times the journeys' engine steps ({@link EngineBaseline}) on the database, after
 * a warm-up ({@code zabota.perf.engine-baseline-warmup}, default 50), writes them as JSON to
 * {@code zabota.perf.engine-baseline-file} (default {@code target/engine-baseline.json}) and stops the application
 * ({@code --zabota.perf.exit=false} keeps it running).
 */
@Component
@ConditionalOnProperty("zabota.perf.engine-baseline")
class EngineBaselineRunner implements ApplicationRunner {
    private final JdbcTemplate jdbc;
    private final Workflow workflow;
    private final EngineSteps steps;
    private final ApplicationContext context;
    private final int n;
    private final int warmup;
    private final Path file;
    private final boolean exit;

    EngineBaselineRunner(JdbcTemplate jdbc, Workflow workflow, EngineSteps steps, ApplicationContext context,
                         @Value("${zabota.perf.engine-baseline}") int n,
                         @Value("${zabota.perf.engine-baseline-warmup:50}") int warmup,
                         @Value("${zabota.perf.engine-baseline-file:target/engine-baseline.json}") Path file,
                         @Value("${zabota.perf.exit:true}") boolean exit) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.steps = steps;
        this.context = context;
        this.n = n;
        this.warmup = warmup;
        this.file = file;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        EngineBaseline.Result r = new EngineBaseline(jdbc, workflow, steps).run(n, warmup);
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, r.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Engine baseline written to " + file.toAbsolutePath() + "\n" + r.json());
        if (exit) System.exit(SpringApplication.exit(context, () -> 0));
    }
}
