package kz.reglament.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, plans every task query, asked directly or through a saved filter, for the values it is run with.
 * Such a query passes the permission bits of its authorization join as parameters; after five runs of a prepared
 * statement PostgreSQL may keep a generic plan that cannot see them, misjudges the join by a factor of a hundred and
 * takes seconds for one Tasklist page where the custom plan takes a tenth of a second (docs/performance.md). Setting
 * {@code plan_cache_mode} for the whole connection would plan every other query afresh as well, which at 20
 * submissions a second made the service fall behind; {@code set local} confines it to the task query's transaction.
 */
@Component
public class TaskQueryPlans extends AbstractProcessEnginePlugin {

    /** Plans each statement of the current transaction for its values; PostgreSQL only. */
    public static final String FORCE_CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan";

    private final DataSource dataSource;

    public TaskQueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!isPostgres()) {
            return;
        }
        // Post interceptors run inside the command's transaction, so "set local" ends with it.
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new CustomPlanForTaskQueries(dataSource));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return Databases.isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the engine runs on", e);
        }
    }

    static final class CustomPlanForTaskQueries extends CommandInterceptor {

        private final DataSource dataSource;

        CustomPlanForTaskQueries(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public <T> T execute(Command<T> command) {
            // A saved filter runs its task query inside its own command, not as a command of its own.
            if (command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd) {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(FORCE_CUSTOM_PLANS);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot ask for a custom plan for the task query", e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
            return next.execute(command);
        }
    }
}
