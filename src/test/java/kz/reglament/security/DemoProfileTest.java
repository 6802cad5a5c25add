package kz.reglament.security;

import static org.assertj.core.api.Assertions.assertThat;

import kz.reglament.support.ServiceTest;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reglament.processes.location=" + ServiceTest.FIXTURE_PROCESSES,
        "reglament.security.admin.password=",
        "reglament.demo.staff-password=",
        "reglament.data-directory=./target/test-data/demo-${random.uuid}",
        // Its own engine name, so it does not take "default" from the shared test service (see RunningService).
        "camunda.bpm.process-engine-name=" + DemoProfileTest.ENGINE})
class DemoProfileTest {

    static final String ENGINE = "demo";

    @Autowired
    Tenants tenants;
    @Autowired
    IdentityService identityService;
    @Autowired
    AdministratorAccount administrator;
    @Autowired
    TestRestTemplate rest;

    @Test
    void everyTenantsEveryGroupHasAStaffUser() {
        for (String tenantId : tenants.ids()) {
            for (String groupId : tenants.staffGroupIds(tenantId)) {
                assertThat(identityService.createUserQuery().userId(groupId).memberOfGroup(groupId).count())
                        .as(groupId).isEqualTo(1);
                assertThat(identityService.createTenantQuery().groupMember(groupId).singleResult().getId())
                        .isEqualTo(tenantId);
            }
        }
    }

    @Test
    void thePrintedPasswordsLetAStaffMemberIntoTasklistOverPlainHttp(CapturedOutput output) {
        // The capture starts before the class's service does, so it holds the start-up print.
        String printed = output.getAll();
        String staffPassword = lineValue(printed, "Staff password for every user below: ");
        assertThat(staffPassword).as("the demo's printed logins").isNotNull();
        assertThat(printed).contains("/camunda/app/tasklist/").contains("aktobe.head")
                .contains("Administrator: admin / " + administrator.password());
        assertThat(administrator.generated()).isTrue();

        ResponseEntity<String> login = WebappLogin.login(rest, ENGINE, "tasklist", "aktobe.head", staffPassword);

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").doesNotContain("Secure"));
    }

    private static String lineValue(String text, String prefix) {
        int start = text.indexOf(prefix);
        if (start < 0) {
            return null;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start + prefix.length(), end < 0 ? text.length() : end).trim();
    }
}
