package kz.reglament.engine;

import kz.reglament.tenant.CallingTenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that application.yml cannot express. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    @Bean
    ProcessEnginePlugin tenantOfCalledSharedBlocks() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(new CallingTenantIdProvider());
            }
        };
    }
}
