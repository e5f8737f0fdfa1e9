package ru.zabota.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The whole application on PostgreSQL (profile {@code postgres}, demo data switched on), on a random port.
 * <p>
 * The database is a Testcontainers {@code postgres:16} when a Docker engine is available, else the dedicated test
 * database in {@code TEST_POSTGRES_URL} / {@code TEST_POSTGRES_USER} / {@code TEST_POSTGRES_PASSWORD}, whose
 * {@code public} schema is dropped and recreated before the application starts, so that Flyway and Camunda build
 * the schema from empty on every run. Without either the tests are skipped, or fail when
 * {@code TEST_POSTGRES_REQUIRED=true}. All subclasses share one application context, and Failsafe runs them in one
 * JVM (the {@code postgres} execution in pom.xml; tag {@code postgres} keeps them out of the H2 group): a test finds
 * what the demo region and the classes before it left, so it checks its own records by id, not by exact totals.
 * A class that must have a JVM and a database of its own is tagged {@code own-jvm}.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ExtendWith(PostgresTestBase.DatabaseCondition.class)
public abstract class PostgresTestBase {

    /** Where the test database came from, and how to reach it; resolved once per JVM. */
    public record TestDatabase(String source, String url, String username, String password) {
    }

    /** The postgres profile refuses a demo administrator password (ProductionSettingsCheck). */
    public static final String ADMIN_PASSWORD = "postgres-test-admin-1";
    private static final Logger log = LoggerFactory.getLogger(PostgresTestBase.class);
    private static TestDatabase database;
    private static String unavailable;

    /** Skips the test class (reported with the reason) when there is no database and it is not required. */
    public static class DatabaseCondition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (database() != null) return ConditionEvaluationResult.enabled("PostgreSQL: " + database.source());
            if (required()) return ConditionEvaluationResult.enabled("TEST_POSTGRES_REQUIRED=true");
            return ConditionEvaluationResult.disabled(reason());
        }
    }

    @BeforeAll
    public static void requireDatabase() {
        if (database() != null) return;
        if (required()) Assertions.fail(reason() + " (TEST_POSTGRES_REQUIRED=true)");
        Assumptions.abort(reason());
    }

    private static boolean required() {
        return Boolean.parseBoolean(System.getenv("TEST_POSTGRES_REQUIRED"));
    }

    private static String reason() {
        return "No PostgreSQL for the PostgreSQL tests: " + unavailable
                + " (set TEST_POSTGRES_URL/TEST_POSTGRES_USER/TEST_POSTGRES_PASSWORD or start Docker)";
    }

    @DynamicPropertySource
    static void postgresProperties(DynamicPropertyRegistry registry) {
        TestDatabase db = database();
        if (db == null) return; // the tests have been skipped or failed already in requireDatabase()
        registry.add("spring.datasource.url", db::url);
        registry.add("camunda.bpm.admin-user.password", () -> ADMIN_PASSWORD);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("zabota.demo-data", () -> "true");
    }

    /** The test database, or null when there is none (then {@link #unavailable} says why). */
    public static synchronized TestDatabase database() {
        if (database != null || unavailable != null) return database;
        String url = System.getenv("TEST_POSTGRES_URL");
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16")
                    .withDatabaseName("zabota_test").withUsername("zabota").withPassword("zabota");
            container.start(); // stopped by Testcontainers (Ryuk) when the JVM ends
            database = new TestDatabase("Testcontainers postgres:16", container.getJdbcUrl(),
                    container.getUsername(), container.getPassword());
        } else if (url != null && !url.isBlank()) {
            TestDatabase db = new TestDatabase("TEST_POSTGRES_URL", url,
                    envOr("TEST_POSTGRES_USER", "postgres"), envOr("TEST_POSTGRES_PASSWORD", ""));
            try {
                recreatePublicSchema(db);
                database = db;
            } catch (SQLException e) {
                unavailable = "cannot use " + url + ": " + e.getMessage();
            }
        } else {
            unavailable = "no Docker engine for Testcontainers and TEST_POSTGRES_URL is not set";
        }
        if (database != null) log.info("PostgreSQL tests run on {} ({})", database.url(), database.source());
        return database;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The test database is dedicated to the tests: start every run from an empty schema. */
    private static void recreatePublicSchema(TestDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
