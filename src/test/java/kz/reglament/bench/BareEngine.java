package kz.reglament.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A Camunda engine with the service's engine settings and nothing else of the service: no beans, plugins, parse
 * listeners, calendars, REST, webapps or tables of its own. The settings mirror src/main/resources/application.yml
 * (and application-postgres.yml) and the Spring Boot starter's defaults the service runs with; where one changes,
 * change it here too, or the baseline stops being the same engine. docs/performance-baseline.md lists them.
 *
 * <p>It deploys the tenant's process folder as the service does (one deployment, with the tenant), each BPMN
 * stripped by {@link BareBpmn}, and creates the tenant, its staff groups and their permissions as the service's
 * identity start-up does, so that staff work with authorization and tenant checks on.
 */
public final class BareEngine implements AutoCloseable {

    public static final String TENANT = "aktobe";
    /** The tenant's staff groups, as reglament.tenants.aktobe.groups in application.yml. */
    static final List<String> STAFF_GROUPS = List.of("office-clerk", "licensing-specialist",
            "treatment-dept-specialist", "head", "commission-secretary", "commission", "psc-operator");
    private static final List<String> RECEIVING_GROUPS = List.of("office-clerk", "psc-operator");

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    private BareEngine(HikariDataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    /** Starts an engine on the database ({@code postgres} picks application-postgres.yml's pool) and deploys. */
    public static BareEngine start(String url, String user, boolean postgres) {
        HikariDataSource dataSource = new HikariDataSource(pool(url, user, postgres));
        try {
            ProcessEngine engine = configuration(dataSource, postgres).buildProcessEngine();
            BareEngine bare = new BareEngine(dataSource, engine);
            bare.createStaffIdentities();
            bare.deploy();
            return bare;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public ProcessEngine processEngine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            dataSource.close();
        }
    }

    /** spring.datasource.hikari of application.yml, or of application-postgres.yml. */
    static HikariConfig pool(String url, String user, boolean postgres) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setPoolName("reglament-bare");
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (postgres) {
            pool.setDriverClassName("org.postgresql.Driver");
            pool.setMaximumPoolSize(30);
            pool.setMinimumIdle(5);
            pool.setConnectionTimeout(10_000);
        } else {
            pool.setMaximumPoolSize(10);
        }
        return pool;
    }

    /** camunda.bpm of application.yml, with the starter's defaults for what it leaves unset. */
    static SpringProcessEngineConfiguration configuration(HikariDataSource dataSource, boolean postgres) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setProcessEngineName("reglament-bare-" + System.nanoTime());
        // The starter's data source and transaction handling: Spring's transaction manager on the pool.
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(new DataSourceTransactionManager(dataSource));
        // No application context: expressions resolve no beans at all, only process variables.
        configuration.setBeans(new HashMap<>());
        if (postgres) {
            configuration.setDatabaseType("postgres");
        }
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setAuthorizationEnabled(true);
        // camunda.bpm.generic-properties
        configuration.setGeneralResourceWhitelistPattern("[a-z0-9]+([.\\-][a-z0-9]+)*|camunda-admin");
        configuration.setTenantCheckEnabled(true);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setHistoryCleanupStrategy("removalTimeBased");
        configuration.setHistoryCleanupBatchWindowStartTime("22:00");
        configuration.setHistoryCleanupBatchWindowEndTime("06:00");
        configuration.setHistoryCleanupDegreeOfParallelism(1);
        configuration.setFailedJobRetryTimeCycle("PT1M,PT5M,PT15M");
        configuration.setEnablePasswordPolicy(true);
        // camunda.bpm.job-execution: enabled, with the starter's pool (core 3, max 10, queue 3).
        configuration.setJobExecutorActivate(true);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(3);
        jobExecutor.setMaxPoolSize(10);
        jobExecutor.setQueueSize(3);
        configuration.setJobExecutor(jobExecutor);
        // Camunda Spin with JSON, as the service's camunda-engine-plugin-spin dependency brings it.
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        return configuration;
    }

    /** The tenant, its staff groups as members, and the groups' permissions, as IdentityBootstrap grants them. */
    private void createStaffIdentities() {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        identity.saveTenant(identity.newTenant(TENANT));
        for (String name : STAFF_GROUPS) {
            String groupId = TENANT + "." + name;
            Group group = identity.newGroup(groupId);
            group.setName(TENANT + ": " + name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            identity.createTenantGroupMembership(TENANT, groupId);
            grant(authorizations, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            if (RECEIVING_GROUPS.contains(name)) {
                grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY,
                        Permissions.CREATE_INSTANCE);
                grant(authorizations, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
            }
            grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        }
    }

    private static void grant(AuthorizationService authorizations, String groupId, Resource resource,
            String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    /** One deployment of the tenant's folder with its tenant, as the service deploys processes/aktobe. */
    private void deploy() {
        String folder = "processes/" + TENANT;
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(TENANT)
                .tenantId(TENANT);
        for (Map.Entry<String, BpmnModelInstance> model : BareBpmn.folder(folder).entrySet()) {
            deployment.addModelInstance(model.getKey(), model.getValue());
        }
        for (org.springframework.core.io.Resource companion : BareBpmn.companions(folder)) {
            try (InputStream in = companion.getInputStream()) {
                deployment.addInputStream(companion.getFilename(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
    }
}
