package kz.reglament.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that Camunda's schema lacks and the service's queries need once a region has
 * many cases (docs/performance.md measures them). Camunda creates its tables itself, after our migrations may have
 * run, so these are created once the engine is built: inside the start-up lock, idempotently, on every start.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    /**
     * Each index with the query it serves. Tasklist's saved filters ask for one tenant's tasks ordered by due date,
     * a page at a time, and "overdue" for those due before now: with this index PostgreSQL reads the first page in
     * order instead of sorting every running task of the tenant.
     */
    static final List<String> INDEXES = List.of(
            "create index if not exists rgl_idx_task_tenant_due on act_ru_task (tenant_id_, due_date_)");

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    public EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        create(dataSource);
    }

    static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service's indexes on the engine's tables", e);
        }
        log.info("Engine indexes in place: {}", INDEXES.size());
    }
}
