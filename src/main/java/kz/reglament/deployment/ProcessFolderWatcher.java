package kz.reglament.deployment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * For modelers working on a machine: with {@code reglament.processes.watch=true} (the {@code dev} profile), a file
 * saved under {@code processes/} is deployed within seconds, without a restart. A broken file is reported in the
 * log and left undeployed; the running version stays until the file is fixed.
 */
@Component
@ConditionalOnProperty(name = "reglament.processes.watch", havingValue = "true")
public class ProcessFolderWatcher {

    private static final Logger log = LoggerFactory.getLogger(ProcessFolderWatcher.class);

    private final ProcessFolderReader reader;
    private final ProcessFolderDeployer deployer;
    private final String location;
    private final Map<String, Integer> lastSeen = new HashMap<>();

    public ProcessFolderWatcher(ProcessFolderReader reader, ProcessFolderDeployer deployer,
            ProcessDeploymentOnStartup.ProcessesProperties properties) {
        this(reader, deployer, properties.location());
    }

    ProcessFolderWatcher(ProcessFolderReader reader, ProcessFolderDeployer deployer, String location) {
        this.reader = reader;
        this.deployer = deployer;
        this.location = location;
    }

    @Scheduled(fixedDelayString = "${reglament.processes.watch-interval:PT2S}")
    public synchronized void poll() {
        List<ProcessFolder> folders;
        try {
            folders = reader.read(location);
        } catch (InvalidProcessFolderException invalid) {
            log.error("processes/ cannot be read: {}", invalid.getMessage());
            return;
        }
        for (ProcessFolder folder : folders) {
            int fingerprint = fingerprint(folder);
            if (Objects.equals(lastSeen.put(folder.name(), fingerprint), fingerprint)) {
                continue;
            }
            try {
                ProcessFolderDeployer.FolderDeployment deployed = deployer.deploy(folder);
                if (deployed.changed()) {
                    log.info("Redeployed {}: {}", folder.deploymentName(), deployed.deployedResources());
                }
            } catch (InvalidProcessFolderException broken) {
                log.error("Not deployed, the running version stays: {}", broken.getMessage());
            }
        }
    }

    private static int fingerprint(ProcessFolder folder) {
        int hash = folder.resources().keySet().hashCode();
        for (byte[] content : folder.resources().values()) {
            hash = 31 * hash + Arrays.hashCode(content);
        }
        return hash;
    }
}
