package kz.reglament.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One node at a time starts up on a shared PostgreSQL database. Starting means writing shared state that nothing
 * else guards across nodes: Camunda creates its tables when they are missing (a second node doing the same at the
 * same moment fails on the first table and does not start), and the service compares each process folder with its
 * last deployment before deploying what changed (two nodes comparing at once would both deploy it, making two
 * identical versions), then creates the tenants, groups and Tasklist filters it needs. The lock is a PostgreSQL
 * transaction-level advisory lock, taken before the engine is built and released when the application context is
 * ready; a node that fails to start ends its transaction with its connection, so the lock never outlives it. An H2
 * database belongs to one process, so there is nothing to take.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

    /** Any number, the same on every node; advisory locks are per database, so other databases never contend. */
    private static final long KEY = 7_240_812_205L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    synchronized void acquire() {
        if (held != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!Databases.isPostgres(connection)) {
                connection.close();
                return;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                long started = System.nanoTime();
                statement.execute("select pg_advisory_xact_lock(" + KEY + ")");
                log.info("Start-up lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock in the database", e);
        }
    }

    @EventListener(ContextRefreshedEvent.class)
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            // Ending the transaction releases the lock; the connection goes back to the pool as it came.
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.warn("Could not end the start-up lock's transaction; closing its connection ends it", e);
        } finally {
            held = null;
        }
        log.info("Start-up lock released");
    }
}
