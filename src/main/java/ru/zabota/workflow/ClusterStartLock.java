package ru.zabota.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Two nodes started at the same moment on an empty PostgreSQL must not both create the engine's tables (one fails
 * with ENGINE-03015), the staff groups, the administrator or the demo region. The start of a node — from the
 * engine's schema check to the end of the start-up runners — holds a PostgreSQL advisory lock, so nodes start one
 * after the other and each finds what the one before created. Released when the node is ready (readiness UP) or
 * when its start fails. On H2 (one node by nature) it does nothing.
 */
@Component
public class ClusterStartLock extends AbstractProcessEnginePlugin {
    /** "Zabota" in ASCII: the lock's key, the same on every node. */
    static final long KEY = 0x5A61626F7461L;
    private static final Logger log = LoggerFactory.getLogger(ClusterStartLock.class);

    private final DataSource dataSource;
    private Connection held;

    public ClusterStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl config) {
        try {
            Connection c = dataSource.getConnection();
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                c.close();
                return;
            }
            long waited = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_lock(" + KEY + ")");
            }
            held = c;
            log.info("Start-up lock taken after {} ms: this node creates or checks the schema and the reference data alone",
                    (System.nanoTime() - waited) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock in the database", e);
        }
    }

    @EventListener({ApplicationReadyEvent.class, ContextClosedEvent.class})
    public void started() {
        release();
    }

    /** A start that fails gives the lock back at once, so the other node is not held up. */
    @Component
    static class OnFailure implements ApplicationListener<ApplicationFailedEvent> {
        @Override
        public void onApplicationEvent(ApplicationFailedEvent event) {
            if (event.getApplicationContext() != null) {
                try {
                    event.getApplicationContext().getBean(ClusterStartLock.class).release();
                } catch (RuntimeException ignored) {
                    // the context never got as far as the lock
                }
            }
        }
    }

    synchronized void release() {
        if (held == null) return;
        try (Connection c = held; Statement s = c.createStatement()) {
            s.execute("select pg_advisory_unlock(" + KEY + ")");
            log.info("Start-up lock released");
        } catch (SQLException e) {
            log.warn("Start-up lock: the connection closed before the unlock; the lock went with it", e);
        } finally {
            held = null;
        }
    }
}
