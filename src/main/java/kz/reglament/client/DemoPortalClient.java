package kz.reglament.client;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo profile's portal: one API client for every tenant and service, with a key printed once at start-up
 * (REGLAMENT_DEMO_API_KEY fixes it), so a newcomer can submit an application right away.
 */
@Component
@ConditionalOnProperty(name = "reglament.demo.enabled", havingValue = "true")
public class DemoPortalClient {

    public static final String ID = "demo-portal";

    private final String apiKey;

    public DemoPortalClient(ApiClients clients, @Value("${reglament.demo.api-key:}") String configuredKey) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.apiKey = configuredKey == null || configuredKey.isBlank() ? HexFormat.of().formatHex(random)
                : configuredKey;
        clients.register(ApiClients.sha256(apiKey), new ApiClient(ID, List.of(ApiClient.ANY), List.of(ApiClient.ANY),
                600));
    }

    @EventListener
    public void printKey(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        // To the terminal, never to the logs: it is a credential.
        System.out.println("  Portal API: http://localhost:" + port + "/swagger-ui.html  X-API-Key: " + apiKey);
    }
}
