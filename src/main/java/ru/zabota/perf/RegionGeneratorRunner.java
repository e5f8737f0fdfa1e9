package ru.zabota.perf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.camunda.bpm.engine.identity.User;
import ru.zabota.workflow.StaffDirectory;
import ru.zabota.workflow.StaffGroups;

/**
 * {@code java -jar zabota.jar --spring.profiles.active=postgres --zabota.generate.region=1} fills the database with
 * the synthetic region ({@link RegionGenerator}; 0.01 for a short run) after the schema is migrated, then stops the
 * application ({@code --zabota.generate.exit=false} keeps it running).
 */
@Component
@ConditionalOnProperty("zabota.generate.region")
@org.springframework.core.annotation.Order(100) // after the demo region's loaders (its specialists get the [602] tasks)
class RegionGeneratorRunner implements ApplicationRunner {
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationContext context;
    private final ru.zabota.workflow.Workflow workflow;
    private final TransactionTemplate tx;
    private final StaffDirectory staff;
    private final double scale;
    private final boolean exit;

    RegionGeneratorRunner(JdbcTemplate jdbc, PasswordEncoder encoder, ApplicationContext context, ru.zabota.workflow.Workflow workflow,
                          TransactionTemplate tx, StaffDirectory staff,
                          @Value("${zabota.generate.region}") double scale, @Value("${zabota.generate.exit:true}") boolean exit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.context = context;
        this.workflow = workflow;
        this.tx = tx;
        this.staff = staff;
        this.scale = scale;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        RegionGenerator.Report report = new RegionGenerator(jdbc, encoder, workflow, tx,
                staff.members(StaffGroups.SPECIALISTS).stream().map(User::getId).toList()).generate(scale);
        System.out.println(report);
        if (exit) System.exit(SpringApplication.exit(context, () -> 0));
    }
}
