package kz.reglament.application;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets the BPMN move a case's portal-visible status (property {@code case-status}). */
@Configuration(proxyBeanMethods = false)
public class ApplicationEngineConfiguration {

    @Bean
    ProcessEnginePlugin caseStatuses(ApplicationStore applications) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners()
                        .add(new CaseStatusParseListener(new CaseStatusRecorder(applications)));
            }
        };
    }
}
