package kz.reglament.support;

import java.util.ArrayList;
import java.util.List;
import kz.reglament.ReglamentApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts and stops whole service instances for tests that restart it or change its start-up configuration. */
public final class RunningService {

    private RunningService() {
    }

    public static ConfigurableApplicationContext start(String profile, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "reglament.processes.location=" + ServiceTest.FIXTURE_PROCESSES,
                "camunda.bpm.job-execution.enabled=false"));
        all.addAll(List.of(properties));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ReglamentApplication.class)
                .web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new));
        if (profile != null) {
            builder.profiles(profile);
        }
        return builder.run();
    }
}
