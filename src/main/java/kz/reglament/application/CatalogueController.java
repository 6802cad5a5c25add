package kz.reglament.application;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import kz.reglament.api.ApiException;
import kz.reglament.client.ApiClient;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The services a client may submit, with their sub-services, channels, terms, fees, documents and legal basis. */
@RestController
@RequestMapping("/api/v1/services")
public class CatalogueController {

    private final ServiceCatalogue catalogue;

    public CatalogueController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "The services on offer to this client, read from the deployed processes")
    @GetMapping
    public List<ServiceCatalogue.Service> services(@AuthenticationPrincipal ApiClient client) {
        return catalogue.services().stream().filter(service -> client.mayUse(service.id()))
                .map(service -> visibleTo(service, client)).filter(service -> !service.subServices().isEmpty())
                .toList();
    }

    @GetMapping("/{service}")
    public ServiceCatalogue.Service service(@PathVariable String service, @AuthenticationPrincipal ApiClient client) {
        return catalogue.service(service).filter(found -> client.mayUse(found.id()))
                .map(found -> visibleTo(found, client))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_SERVICE", service));
    }

    private static ServiceCatalogue.Service visibleTo(ServiceCatalogue.Service service, ApiClient client) {
        return new ServiceCatalogue.Service(service.id(), service.name(), service.subServices().stream()
                .filter(subService -> client.mayActFor(subService.tenant())).toList());
    }
}
