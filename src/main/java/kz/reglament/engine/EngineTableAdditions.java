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
 * An index and planner statistics on the engine's own tables that Camunda's schema lacks and staff members' task
 * lists need once a region has many running cases (docs/performance.md measures them). Camunda creates its tables
 * itself, after our migrations may have run, so these are created once the engine is built: inside the start-up
 * lock, idempotently, on every start.
 */
@Component
public class EngineTableAdditions extends AbstractProcessEnginePlugin {

    /**
     * The worklist ({@code kz.reglament.tasklist.Worklist}) reads a tenant's tasks in due-date order and stops after
     * a page; the id makes the order total, so pages neither repeat nor skip a task.
     */
    static final List<String> INDEXES = List.of(
            "create index if not exists rgl_idx_task_tenant_due on ACT_RU_TASK (TENANT_ID_, DUE_DATE_, ID_)");

    /**
     * Every task query a staff member makes through the engine joins the authorizations that grant READ on the task
     * ({@code perms_ & 2 = 2}) or READ_TASK on its definition ({@code perms_ & 64 = 64}). Without statistics on those
     * expressions the planner guesses that half a percent of the rows match, when every per-task grant of a group
     * does, and compares each task with each grant: 3.8 s for one page at 10,000 running tasks instead of 0.1 s.
     * PostgreSQL only; H2 has no such statistics and serves one node's small data.
     */
    static final List<String> POSTGRES_STATISTICS = List.of(
            "create statistics if not exists rgl_stat_auth_perms on (perms_ & 2), (perms_ & 64), resource_type_"
                    + " from act_ru_authorization");

    private static final Logger log = LoggerFactory.getLogger(EngineTableAdditions.class);

    private final DataSource dataSource;

    public EngineTableAdditions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
            if (Databases.isPostgres(connection)) {
                for (String statistics : POSTGRES_STATISTICS) {
                    statement.execute(statistics);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service's index and statistics on the engine's tables",
                    e);
        }
        log.info("Engine table additions in place");
    }
}
