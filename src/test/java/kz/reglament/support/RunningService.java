package kz.reglament.support;

import java.util.ArrayList;
import java.util.List;
import kz.reglament.ReglamentApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts and stops whole service instances for tests that restart it or change its start-up configuration. Each
 * gets an engine name of its own: Camunda keeps engines in a static registry by name, and closing a second
 * "default" engine would unregister the one the shared test service's REST API looks up.
 */
public final class RunningService {

    private RunningService() {
    }

    public static ConfigurableApplicationContext start(String profile, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "reglament.processes.location=" + ServiceTest.FIXTURE_PROCESSES,
                "camunda.bpm.job-execution.enabled=false"));
        all.addAll(List.of(properties));
        all.add("camunda.bpm.generate-unique-process-engine-name=true");
        all.add("server.port=0");
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ReglamentApplication.class);
        if (profile != null) {
            builder.profiles(profile);
        }
        // As command-line arguments, so they win over application.yml as an operator's would.
        return builder.run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }
}
