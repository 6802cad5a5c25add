package kz.reglament.deployment;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deploys every folder of {@code processes/} once the engine is built and before the job executor starts, so a
 * broken file stops the service at start-up instead of surfacing in the first case that reaches it.
 */
@Component
@EnableConfigurationProperties(ProcessDeploymentOnStartup.ProcessesProperties.class)
public class ProcessDeploymentOnStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeploymentOnStartup.class);

    private final ProcessFolderReader reader;
    private final ProcessFolderDeployer deployer;
    private final ProcessesProperties properties;

    public ProcessDeploymentOnStartup(ProcessFolderReader reader, ProcessFolderDeployer deployer,
            ProcessesProperties properties) {
        this.reader = reader;
        this.deployer = deployer;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<ProcessFolder> folders = reader.read(properties.location());
        if (folders.isEmpty()) {
            log.warn("No BPMN, DMN or form files found at {}", properties.location());
        }
        for (ProcessFolder folder : folders) {
            ProcessFolderDeployer.FolderDeployment result = deployer.deploy(folder);
            if (!result.changed()) {
                log.info("{} is unchanged since its last deployment", folder.deploymentName());
            }
        }
    }

    /** Where the BPMN, DMN and forms are read from: {@code classpath:processes} or {@code file:processes}. */
    @ConfigurationProperties("reglament.processes")
    public record ProcessesProperties(String location) {
        public ProcessesProperties {
            location = location == null || location.isBlank() ? "classpath:processes" : location;
        }
    }
}
