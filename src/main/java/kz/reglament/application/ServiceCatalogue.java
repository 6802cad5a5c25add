package kz.reglament.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The public services on offer, read from the deployed processes themselves: every process that names a
 * {@code service} property is a sub-service of that service in its tenant, with its legal identity, channels, term,
 * fee and required documents. There is no second, hand-written list to drift from the BPMN.
 *
 * <p>Process properties read: {@code service}, {@code service.name.kk|ru|en}, {@code sub-service},
 * {@code sub-service.name.kk|ru|en}, {@code channels} (comma-separated: office, psc, portal), {@code term},
 * {@code fee}, {@code document} (repeated), {@code withdrawal} (allowed), and the legal identity
 * {@code regulation.act|number|date|registration|status|source}.
 */
@Component
public class ServiceCatalogue {

    private final RepositoryService repositoryService;
    /**
     * What each deployed definition offers, read once: a definition's model never changes after deployment, and
     * reading all of them again for every submission (an engine command with its authorization query each) was most
     * of a submission's time in the load benchmark. Only the list of the latest definitions is asked each time, so
     * a new deployment or a suspension shows at once, on every node.
     */
    private final Map<String, Optional<Offered>> offeredByDefinition = new ConcurrentHashMap<>();

    public ServiceCatalogue(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public record LegalIdentity(String act, String number, String date, String registration, String status,
            String source) {
    }

    public record SubService(String id, String processKey, String tenant, LocalizedText name, List<String> channels,
            String term, String fee, List<String> documents, boolean withdrawalAllowed, LegalIdentity regulation,
            int version) {
    }

    public record Service(String id, LocalizedText name, List<SubService> subServices) {
        public List<String> tenants() {
            return subServices.stream().map(SubService::tenant).distinct().sorted().toList();
        }
    }

    /**
     * Reads every offer once before the service takes requests. Otherwise the first burst of submissions after a
     * start all miss the engine's model cache together and each parses every model, which in the load benchmark held
     * the database connections long enough to turn the burst away.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void readOffersBeforeTakingRequests() {
        services();
    }

    public List<Service> services() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        Map<String, List<SubService>> byService = new LinkedHashMap<>();
        List<ProcessDefinition> latest = repositoryService.createProcessDefinitionQuery().latestVersion().active()
                .list();
        latest.sort(Comparator.comparing(ProcessDefinition::getKey)
                .thenComparing(definition -> String.valueOf(definition.getTenantId())));
        for (ProcessDefinition definition : latest) {
            if (definition.getTenantId() == null) {
                continue;
            }
            offeredByDefinition.computeIfAbsent(definition.getId(), id -> offeredBy(definition)).ifPresent(offered -> {
                names.putIfAbsent(offered.service(), offered.serviceName());
                byService.computeIfAbsent(offered.service(), key -> new ArrayList<>()).add(offered.subService());
            });
        }
        List<Service> services = new ArrayList<>();
        byService.forEach((id, subServices) -> services.add(new Service(id, names.get(id), List.copyOf(subServices))));
        return services;
    }

    public Optional<Service> service(String id) {
        return services().stream().filter(service -> service.id().equals(id)).findFirst();
    }

    /** The sub-service a client may submit: the service's sub-service in that tenant. */
    public Optional<SubService> subService(String service, String subService, String tenant) {
        return service(service).flatMap(found -> found.subServices().stream()
                .filter(candidate -> candidate.id().equals(subService) && candidate.tenant().equals(tenant))
                .findFirst());
    }

    /** The sub-service one process definition offers, under its service's id and name. */
    private record Offered(String service, LocalizedText serviceName, SubService subService) {
    }

    private Optional<Offered> offeredBy(ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        ModelProperties properties = ModelProperties.of(process);
        String service = properties.get("service");
        if (service == null) {
            return Optional.empty();
        }
        return Optional.of(new Offered(service, properties.localized("service.name", null),
                subServiceOf(definition, process, properties)));
    }

    private static SubService subServiceOf(ProcessDefinition definition, Process process,
            ModelProperties properties) {
        String channels = properties.get("channels");
        return new SubService(properties.get("sub-service") == null ? definition.getKey() : properties.get("sub-service"),
                definition.getKey(), definition.getTenantId(),
                properties.localized("sub-service.name", process.getName()),
                channels == null ? List.of() : Arrays.stream(channels.split(",")).map(String::trim)
                        .filter(channel -> !channel.isEmpty()).toList(),
                properties.get("term"), properties.get("fee"), properties.all("document"),
                "allowed".equals(properties.get("withdrawal")),
                new LegalIdentity(properties.get("regulation.act"), properties.get("regulation.number"),
                        properties.get("regulation.date"), properties.get("regulation.registration"),
                        properties.get("regulation.status"), properties.get("regulation.source")),
                definition.getVersion());
    }
}
