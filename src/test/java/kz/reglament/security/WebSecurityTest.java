package kz.reglament.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

@ServiceTest
class WebSecurityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @Test
    void healthIsPublicButMetricsNeedAnAdministrator() {
        String staff = StaffUsers.member(identityService, "web.aktobe", "aktobe.head");

        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(staff, StaffUsers.PASSWORD).getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> metrics = rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void healthShowsTheEngineAndDatabaseToAnAdministrator() {
        String health = rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD)
                .getForObject("/actuator/health", String.class);

        assertThat(health).contains("\"db\"").contains("\"processEngine\"");
    }

    @Test
    void pathsThatNoCapabilityOpenedAreDenied() {
        assertThat(rest.getForEntity("/anything-else", String.class).getStatusCode().is4xxClientError()).isTrue();
        assertThat(rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD)
                .getForEntity("/anything-else", String.class).getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void aStaffMemberLogsInToTasklistWithAnHttpOnlySecureSessionCookie() {
        String staff = StaffUsers.member(identityService, "web.zhambyl", "zhambyl.executor");

        ResponseEntity<String> login = WebappLogin.login(rest, "tasklist", staff, StaffUsers.PASSWORD);

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("\"userId\":\"web.zhambyl\"").contains("tasklist");
        List<String> cookies = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("Secure"));
    }

    @Test
    void aStaffMemberCannotOpenCockpitAndAWebappLoginWithoutItsCsrfTokenIsRefused() {
        String staff = StaffUsers.member(identityService, "web.aktobe.clerk", "aktobe.office-clerk");

        assertThat(WebappLogin.login(rest, "cockpit", staff, StaffUsers.PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> withoutToken = rest.exchange(RequestEntity
                .post("/camunda/api/admin/auth/user/default/login/tasklist")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=" + staff + "&password=" + StaffUsers.PASSWORD), String.class);
        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
