package kz.reglament.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured machine clients. An API key is never configured in clear: {@code key-sha256} is the hex SHA-256 of
 * the key the client sends in {@code X-API-Key} (keys are random and long, so a fast hash is enough). Clients with
 * OAuth2 bearer tokens instead are described by their tokens' claims (see {@link JwtApiClients}).
 */
@ConfigurationProperties("reglament.api")
public record ApiClientProperties(Map<String, Client> clients, Jwt jwt) {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;

    public ApiClientProperties {
        clients = clients == null ? Map.of() : new LinkedHashMap<>(clients);
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
    }

    public record Client(String keySha256, List<String> tenants, List<String> services, int requestsPerMinute) {
    }

    /** Claim names in bearer tokens: the client id, its tenants and its services. */
    public record Jwt(String clientIdClaim, String tenantsClaim, String servicesClaim) {
        public Jwt {
            clientIdClaim = clientIdClaim == null ? "client_id" : clientIdClaim;
            tenantsClaim = tenantsClaim == null ? "tenants" : tenantsClaim;
            servicesClaim = servicesClaim == null ? "services" : servicesClaim;
        }
    }
}
