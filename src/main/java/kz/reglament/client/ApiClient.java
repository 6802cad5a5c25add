package kz.reglament.client;

import java.util.List;

/**
 * A machine client of the portal API: a portal or a PSC information system, allowed to act for some tenants and
 * some services only, at a bounded rate.
 */
public record ApiClient(String id, List<String> tenants, List<String> services, int requestsPerMinute) {

    public ApiClient {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        services = services == null ? List.of() : List.copyOf(services);
        requestsPerMinute = requestsPerMinute <= 0 ? ApiClientProperties.DEFAULT_REQUESTS_PER_MINUTE
                : requestsPerMinute;
    }

    /** "*" grants every tenant or service: for a national portal, or the demo's client. */
    public static final String ANY = "*";

    public boolean mayActFor(String tenant) {
        return tenants.contains(ANY) || tenants.contains(tenant);
    }

    public boolean mayUse(String service) {
        return services.contains(ANY) || services.contains(service);
    }
}
