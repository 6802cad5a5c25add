package kz.reglament.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class EngineConfigurationTest {

    @Autowired
    ProcessEngine processEngine;

    @Test
    void theEngineRunsWithAuthorizationTenantChecksFullHistoryAndANightlyCleanup() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isTenantCheckEnabled()).isTrue();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    }

    @Test
    void everyDeployedProcessHasAHistoryTimeToLive() {
        assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().list())
                .isNotEmpty()
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
                        .isNotNull().isPositive());
    }
}
