package ru.zabota.workflow;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import ru.zabota.ZabotaApplication;
import ru.zabota.support.PostgresTestBase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes started at the same moment on one empty PostgreSQL database: both come up, the engine's tables, the staff
 * and the demo region are created once, and both report readiness UP.
 */
// Not a PostgresTestBase: it needs the test database, not the test application (whose start-up, migration and demo
// load would only cost time). Own JVM: its two nodes' engines would share Camunda's static engine registry with the
// PostgreSQL group's application.
@Tag("own-jvm")
@ExtendWith(PostgresTestBase.DatabaseCondition.class)
class ClusterStartOnPostgresIT {
    static final String ADMIN_PASSWORD = PostgresTestBase.ADMIN_PASSWORD;

    @BeforeAll
    static void requireDatabase() {
        PostgresTestBase.requireDatabase();
    }

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        PostgresTestBase.TestDatabase db = PostgresTestBase.database();
        String url = db.url().replaceFirst("/([A-Za-z0-9_]+)(\\?|$)", "/$1_cluster$2");
        String name = url.replaceFirst(".*/([A-Za-z0-9_]+)(\\?.*)?$", "$1");
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // Both nodes meet before their contexts are refreshed, so the engine's schema, Flyway, the staff and the demo
        // region are set up by two nodes at the same moment. Their logging is set up one after the other before that:
        // Spring Boot sets up Logback's one context per JVM, and two set-ups at once in one JVM failed here with a
        // ConcurrentModificationException (LoggingApplicationListener: «Logging system failed to initialize») —
        // a deployment's nodes are separate JVMs and never share it.
        CountDownLatch firstLogs = new CountDownLatch(1);
        CyclicBarrier together = new CyclicBarrier(2);
        ApplicationListener<ApplicationPreparedEvent> meet = new ApplicationListener<>() { // a class, not a lambda: Spring reads the event type from it
            @Override
            public void onApplicationEvent(ApplicationPreparedEvent prepared) {
                firstLogs.countDown();
                try {
                    together.await(120, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other node did not come to the start", e);
                }
            }
        };
        List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            boolean second = i == 1;
            nodes.add(pool.submit(() -> {
                if (second && !firstLogs.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the first node did not set up its logging");
                // command-line arguments: they outrank application-postgres.yml, as a deployment's environment does
                return new SpringApplicationBuilder(ZabotaApplication.class).profiles("postgres").listeners(meet).run(
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(), "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                        "--zabota.demo-data=true", "--server.port=0", "--spring.jmx.enabled=false");
            }));
        }
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            for (var f : nodes) started.add(f.get(240, TimeUnit.SECONDS));
            HttpClient http = HttpClient.newHttpClient();
            for (ConfigurableApplicationContext node : started) {
                int port = ((WebServerApplicationContext) node).getWebServer().getPort();
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).contains("\"status\":\"UP\"");
                HttpResponse<String> registry = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/registry")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(registry.statusCode()).as("node on port %d serves the portal", port).isEqualTo(200);
            }
            // one job, two job executors: a [603] request on node 1 whose provider deadline is due now escalates once
            int port1 = ((WebServerApplicationContext) started.get(0)).getWebServer().getPort();
            String ippsu;
            String provider;
            try (Connection c = DriverManager.getConnection(url, db.username(), db.password()); Statement s = c.createStatement()) {
                ippsu = String.valueOf(count(s, "select i.id from ippsu i join portal_account a on a.person_id = i.person_id where a.username = 'citizen'"));
                provider = String.valueOf(count(s, "select id from provider where short_name like '%Ханты-Мансийский КЦСОН%'"));
            }
            HttpResponse<String> requested = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port1 + "/api/contracts"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("citizen:demo".getBytes()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"providerId\":" + provider + ",\"basis\":\"IPPSU\",\"basisId\":" + ippsu + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            // the demo region has [603] requests of its own waiting on providers: only this case's timer is moved
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"").matcher(requested.body());
            assertThat(number.find()).as(requested.body()).isTrue();
            String thisCase = "(select id_ from act_ru_execution where business_key_ = '" + number.group(1) + "')";
            String ofThisCase = "process_instance_id_ in " + thisCase; // act_ru_job
            String taskOfThisCase = "proc_inst_id_ in " + thisCase;    // act_ru_task
            try (Connection c = DriverManager.getConnection(url, db.username(), db.password()); Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 minute' where type_ = 'timer'"
                        + " and handler_cfg_ like '%providerDeadline%' and " + ofThisCase)).isEqualTo(1);
                long deadline = System.currentTimeMillis() + 60_000;
                while (count(s, "select count(*) from act_ru_task where task_def_key_ = 'providerOverdue' and " + taskOfThisCase) == 0 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(250); // bounded: the job executors poll the job table
                }
                Thread.sleep(3000); // time for a second, wrong execution to show
                assertThat(count(s, "select count(*) from act_ru_task where task_def_key_ = 'providerOverdue' and " + taskOfThisCase)).as("the timer fired once").isEqualTo(1);
                assertThat(count(s, "select count(*) from act_ru_job where handler_cfg_ like '%providerDeadline%' and " + ofThisCase)).isZero();
            }
            try (Connection c = DriverManager.getConnection(url, db.username(), db.password()); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from portal_account where username = 'citizen'")).as("demo data once").isEqualTo(1);
                assertThat(count(s, "select count(*) from person")).as("people once").isEqualTo(count(s, "select count(distinct snils) from person"));
                assertThat(count(s, "select count(*) from act_id_user where id_ = 'specialist'")).isEqualTo(1);
                assertThat(count(s, "select count(*) from act_id_group where id_ = 'uszn-heads'")).isEqualTo(1);
                assertThat(count(s, "select count(*) from act_ru_filter where name_ = 'Мои задачи'")).isEqualTo(1);
            }
        } finally {
            started.forEach(ConfigurableApplicationContext::close);
            pool.shutdownNow();
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
