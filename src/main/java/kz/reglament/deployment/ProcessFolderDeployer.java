package kz.reglament.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentQuery;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.ResourceReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys one folder of {@code processes/} as one Camunda deployment under the folder's tenant, with only what
 * changed since the folder's last deployment: an unchanged folder creates nothing, and one changed file creates one
 * new version of its process. Cases already running stay on the version they started with.
 */
@Component
public class ProcessFolderDeployer {

    static final String DEPLOYMENT_SOURCE = "reglament-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessFolderDeployer.class);

    private final RepositoryService repositoryService;

    public ProcessFolderDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public FolderDeployment deploy(ProcessFolder folder) {
        Map<String, byte[]> deployed = latestDeployedContent(folder);
        Set<String> changed = folder.resources().keySet().stream()
                .filter(name -> !folder.sameContent(name, deployed.get(name)))
                .collect(Collectors.toCollection(TreeSet::new));
        if (changed.isEmpty()) {
            return FolderDeployment.unchanged(folder);
        }
        Set<String> toDeploy = ResourceReferences.closure(folder, changed);
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(folder.deploymentName())
                .source(DEPLOYMENT_SOURCE);
        builder = folder.isShared() ? builder : builder.tenantId(folder.tenantId());
        for (String name : toDeploy) {
            builder.addInputStream(name, new ByteArrayInputStream(folder.resources().get(name)));
        }
        Deployment deployment;
        try {
            deployment = builder.deploy();
        } catch (ParseException e) {
            throw new InvalidProcessFolderException(describe(folder, e), e);
        } catch (ProcessEngineException e) {
            throw new InvalidProcessFolderException(
                    "Cannot deploy " + folder.deploymentName() + " " + toDeploy + ": " + e.getMessage(), e);
        }
        log.info("Deployed {} to tenant {}: {} (deployment {})", folder.deploymentName(),
                folder.isShared() ? "none (shared)" : folder.tenantId(), toDeploy, deployment.getId());
        return new FolderDeployment(folder, deployment.getId(), List.copyOf(toDeploy));
    }

    /** The newest deployed bytes of every file of the folder that has been deployed before. */
    private Map<String, byte[]> latestDeployedContent(ProcessFolder folder) {
        DeploymentQuery query = repositoryService.createDeploymentQuery().deploymentName(folder.deploymentName());
        query = folder.isShared() ? query.withoutTenantId() : query.tenantIdIn(folder.tenantId());
        Map<String, byte[]> latest = new HashMap<>();
        for (Deployment deployment : query.orderByDeploymentTime().desc().list()) {
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                if (!latest.containsKey(resource.getName())) {
                    latest.put(resource.getName(), content(deployment.getId(), resource.getId()));
                }
            }
            if (latest.keySet().containsAll(folder.resources().keySet())) {
                break;
            }
        }
        return latest;
    }

    private byte[] content(String deploymentId, String resourceId) {
        try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resourceId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(ProcessFolder folder, ParseException e) {
        StringBuilder message = new StringBuilder("Cannot deploy ").append(folder.deploymentName()).append(':');
        // "Resorce" is the engine API's own spelling.
        for (ResourceReport report : e.getResorceReports()) {
            for (Problem problem : report.getErrors()) {
                message.append("\n  ").append(report.getResourceName());
                if (problem.getMainElementId() != null) {
                    message.append(", element '").append(problem.getMainElementId()).append('\'');
                }
                if (problem.getLine() > 0) {
                    message.append(" (line ").append(problem.getLine()).append(", column ")
                            .append(problem.getColumn()).append(')');
                }
                message.append(": ").append(problem.getMessage());
            }
        }
        return message.toString();
    }

    public record FolderDeployment(ProcessFolder folder, String deploymentId, List<String> deployedResources) {

        static FolderDeployment unchanged(ProcessFolder folder) {
            return new FolderDeployment(folder, null, List.of());
        }

        public boolean changed() {
            return deploymentId != null;
        }
    }
}
