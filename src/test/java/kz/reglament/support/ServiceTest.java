package kz.reglament.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port over the fixture processes, on its own H2 file. Every test class with this
 * annotation shares one running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Metrics export is off in Spring Boot tests unless asked for; the Prometheus endpoint is part of the service.
@AutoConfigureObservability
@ContextConfiguration(initializers = TestPkiInitializer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.processes.location=" + ServiceTest.FIXTURE_PROCESSES,
        "reglament.security.admin.password=" + ServiceTest.ADMIN_PASSWORD,
        "reglament.data-directory=./target/test-data/service-test-${random.uuid}",
        // Tests fire timers themselves, at the engine clock they set, rather than race the job executor.
        "camunda.bpm.job-execution.enabled=false"})
public @interface ServiceTest {

    String FIXTURE_PROCESSES = "classpath:processes-fixture";
    String ADMIN_PASSWORD = "Keeper-of-7-Keys";
}
