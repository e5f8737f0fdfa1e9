package ru.zabota.workflow;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
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
class ClusterStartOnPostgresIT extends PostgresTestBase {

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        TestDatabase db = database();
        String url = db.url().replaceFirst("/([A-Za-z0-9_]+)(\\?|$)", "/$1_cluster$2");
        String name = url.replaceFirst(".*/([A-Za-z0-9_]+)(\\?.*)?$", "$1");
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(pool.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return new SpringApplicationBuilder(ZabotaApplication.class).profiles("postgres").properties(
                        "spring.datasource.url=" + url, "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(), "camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                        "zabota.demo-data=true", "server.port=0", "spring.jmx.enabled=false").run();
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
