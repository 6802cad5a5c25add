package kz.reglament.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import kz.reglament.document.DocumentDigests;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The clients that authenticate with an API key, found by the key's hash. */
@Component
@EnableConfigurationProperties(ApiClientProperties.class)
public class ApiClients {

    private final Map<String, ApiClient> byKeyHash = new ConcurrentHashMap<>();

    public ApiClients(ApiClientProperties properties) {
        properties.clients().forEach((id, client) -> {
            if (client.keySha256() == null || !client.keySha256().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalStateException("API client '" + id + "' needs key-sha256: the hex SHA-256 of its key");
            }
            register(client.keySha256().toLowerCase(), new ApiClient(id, client.tenants(), client.services(),
                    client.requestsPerMinute()));
        });
    }

    /** Adds a client at run time (the demo profile's portal), by the hash of its key. */
    public void register(String keySha256, ApiClient client) {
        byKeyHash.put(keySha256, client);
    }

    public Optional<ApiClient> byKey(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? Optional.empty()
                : Optional.ofNullable(byKeyHash.get(sha256(apiKey)));
    }

    public static String sha256(String key) {
        return DocumentDigests.sha256(key.getBytes(StandardCharsets.UTF_8));
    }
}
