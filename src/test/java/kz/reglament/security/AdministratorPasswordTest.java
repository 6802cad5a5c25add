package kz.reglament.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kz.reglament.support.RunningService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

class AdministratorPasswordTest {

    private final String dataDirectory = "reglament.data-directory=./target/test-data/admin-" + UUID.randomUUID();

    @Test
    void withoutAPasswordOutsideTheDemoProfileTheServiceRefusesToStartAndSaysWhy() {
        assertThatThrownBy(() -> RunningService.start(null, dataDirectory, "reglament.security.admin.password="))
                .hasRootCauseInstanceOf(MissingAdministratorPasswordException.class)
                .rootCause().hasMessageContaining("REGLAMENT_ADMIN_PASSWORD");

        FailureAnalysis analysis = new MissingAdministratorPasswordFailureAnalyzer()
                .analyze(new MissingAdministratorPasswordException());
        assertThat(analysis.getDescription()).contains("No administrator password is configured");
        assertThat(analysis.getAction()).contains("REGLAMENT_ADMIN_PASSWORD").contains("demo");
    }

    @Test
    void aTrivialPasswordIsRefusedByThePasswordPolicy() {
        assertThatThrownBy(() -> RunningService.start(null, dataDirectory, "reglament.security.admin.password=admin"))
                .hasStackTraceContaining("The configured administrator password is refused");
    }

    @Test
    void theConfiguredPasswordIsTheAdministratorsAndChangingItRotatesIt() {
        try (ConfigurableApplicationContext service = RunningService.start(null, dataDirectory,
                "reglament.security.admin.password=First-Secret-42")) {
            assertThat(service.getBean(IdentityService.class).checkPassword("admin", "First-Secret-42")).isTrue();
        }
        try (ConfigurableApplicationContext service = RunningService.start(null, dataDirectory,
                "reglament.security.admin.password=Second-Secret-43")) {
            IdentityService identity = service.getBean(IdentityService.class);
            assertThat(identity.checkPassword("admin", "Second-Secret-43")).isTrue();
            assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
        }
    }
}
