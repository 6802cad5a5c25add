package kz.reglament.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.reglament.ReglamentApplication;
import kz.reglament.client.ApiClients;
import kz.reglament.support.TestPkiInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as the benchmark runs it: the packaged application with its demo staff and registry data, the test
 * PKI trusted, a portal client of its own without a practical rate limit, and {@link PaidBeforeApplying}. Its
 * {@link #main} is how a node in a JVM of its own is started.
 */
public final class BenchService {

    static final String API_KEY = "bench-portal-key-aktobe-medical-licence";
    static final String STAFF_PASSWORD = "Lantern-9-Bridge";
    static final String ADMIN_PASSWORD = "Keeper-of-7-Keys";

    private BenchService() {
    }

    public static void main(String[] args) {
        application().run(args);
    }

    /**
     * Starts the service in this JVM on the database and a free port, with a data directory of its own under
     * target/bench named after {@code label}.
     */
    static ConfigurableApplicationContext start(Database database, String label) {
        String dataDirectory = Path.of("target", "bench", "data-" + label + "-" + System.currentTimeMillis())
                .toString();
        // As command-line arguments, so that they win over the service's own application*.yml.
        return application().run(properties(database, dataDirectory, 0).entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
    }

    /** The API of a service {@link #start started} in this JVM. */
    static ServiceApi api(ConfigurableApplicationContext service) {
        return new ServiceApi("http://127.0.0.1:"
                + service.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** The configuration an operator would give the service for this run, as property names and values. */
    static Map<String, String> properties(Database database, String dataDirectory, int port) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", database.postgres() ? "postgres,demo" : "demo");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        properties.put("server.port", String.valueOf(port));
        properties.put("reglament.data-directory", dataDirectory);
        properties.put("reglament.security.admin.password", ADMIN_PASSWORD);
        properties.put("reglament.demo.staff-password", STAFF_PASSWORD);
        properties.put("reglament.api.clients.bench-portal.key-sha256", ApiClients.sha256(API_KEY));
        properties.put("reglament.api.clients.bench-portal.tenants", "aktobe");
        properties.put("reglament.api.clients.bench-portal.services", "medical-licence");
        properties.put("reglament.api.clients.bench-portal.requests-per-minute", "1000000");
        TestPkiInitializer.properties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }

    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReglamentApplication.class, PaidBeforeApplying.class);
    }
}
