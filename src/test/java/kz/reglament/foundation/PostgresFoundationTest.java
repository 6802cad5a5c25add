package kz.reglament.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import kz.reglament.support.RunningService;
import kz.reglament.support.StaffUsers;
import kz.reglament.tasklist.TasklistFilters;
import kz.reglament.tasklist.Worklist;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's wiring on real PostgreSQL, through the production "postgres" profile. {@code .ci/run} creates a
 * fresh database for each run and names it in REGLAMENT_TEST_POSTGRES_URL.
 */
@Tag("postgres")
class PostgresFoundationTest {

    private static final String URL = System.getenv("REGLAMENT_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("REGLAMENT_TEST_POSTGRES_USER", "postgres");

    @Test
    void onPostgresTheServiceDeploysEveryFolderUnderItsTenantAndKeepsCasesAndTenantsApartAcrossARestart()
            throws SQLException {
        assertThat(URL).as("REGLAMENT_TEST_POSTGRES_URL, the JDBC URL of an empty database").isNotBlank();
        String instanceId;
        try (ConfigurableApplicationContext service = start()) {
            RepositoryService repository = service.getBean(RepositoryService.class);
            assertThat(repository.createDeploymentQuery().list()).extracting(Deployment::getName, Deployment::getTenantId)
                    .contains(tuple("processes/aktobe", "aktobe"),
                            tuple("processes/zhambyl", "zhambyl"),
                            tuple("processes/common", null));
            assertReadCommittedPool(service.getBean(DataSource.class));
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select stxname from pg_statistic_ext", String.class))
                    .as("the engine statistics of docs/performance.md").contains("rgl_stat_auth_perms");
            assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'",
                    String.class)).as("the worklist's index").contains("rgl_idx_task_tenant_due");
            assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
            String planningInTaskQuery = new TransactionTemplate(service.getBean(PlatformTransactionManager.class))
                    .execute(transaction -> {
                        service.getBean(TaskService.class).createTaskQuery().list();
                        return jdbc.queryForObject("show plan_cache_mode", String.class);
                    });
            assertThat(planningInTaskQuery).as("a task query's transaction").isEqualTo("force_custom_plan");
            FilterService filters = service.getBean(FilterService.class);
            IdentityService identity = service.getBean(IdentityService.class);
            // The saved filters ask for the current user's groups.
            identity.setAuthentication("pg.specialist", List.of("aktobe.licensing-specialist"), List.of("aktobe"));
            String planningInFilter;
            try {
                String filterId = filters.createFilterQuery().list().get(0).getId();
                planningInFilter = new TransactionTemplate(service.getBean(PlatformTransactionManager.class))
                        .execute(transaction -> {
                            filters.count(filterId);
                            return jdbc.queryForObject("show plan_cache_mode", String.class);
                        });
            } finally {
                identity.clearAuthentication();
            }
            assertThat(planningInFilter).as("a saved filter's transaction").isEqualTo("force_custom_plan");
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");

            instanceId = service.getBean(RuntimeService.class).createProcessInstanceByKey("fixture-review")
                    .processDefinitionTenantId("zhambyl").execute().getId();
        }

        try (ConfigurableApplicationContext service = start()) {
            RepositoryService repository = service.getBean(RepositoryService.class);
            // The unchanged folders made no new deployment on the second start.
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("fixture-review")
                    .tenantIdIn("zhambyl").count()).isEqualTo(1);

            TaskService tasks = service.getBean(TaskService.class);
            IdentityService identity = service.getBean(IdentityService.class);
            String taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
            String aktobeHead = StaffUsers.member(identity, "pg.aktobe", "aktobe.head");
            identity.setAuthentication(aktobeHead, List.of("aktobe.head"), List.of("aktobe"));
            try {
                assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
                assertThatThrownBy(() -> tasks.complete(taskId))
                        .isInstanceOf(ProcessEngineException.class);
            } finally {
                identity.clearAuthentication();
            }
            // The worklist spells the permission bits in PostgreSQL's syntax.
            Worklist worklist = service.getBean(Worklist.class);
            assertThat(worklist.page(TasklistFilters.Kind.MY_GROUPS, List.of("zhambyl.head"), List.of("zhambyl"), 0,
                    15, Locale.ENGLISH).tasks()).extracting(Worklist.Entry::id).containsExactly(taskId);
            assertThat(worklist.page(TasklistFilters.Kind.MY_GROUPS, List.of("aktobe.head"), List.of("aktobe"), 0,
                    15, Locale.ENGLISH).total()).isZero();
            tasks.complete(taskId);
            assertThat(service.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceId(instanceId).count()).isZero();
        }
    }

    private static void assertReadCommittedPool(DataSource dataSource) throws SQLException {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(30);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    private static ConfigurableApplicationContext start() {
        return RunningService.start("postgres",
                "spring.datasource.url=" + URL,
                "spring.datasource.username=" + USER,
                "reglament.security.admin.password=Keeper-of-7-Keys",
                "reglament.data-directory=./target/test-data/postgres-" + UUID.randomUUID());
    }
}
