package kz.reglament.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.reglament.client.ApiClient;
import kz.reglament.client.ApiClients;
import kz.reglament.security.WebappLogin;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.SignedApplications;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** Staff open an application's documents from their forms, with their own Tasklist login and permissions. */
@ServiceTest
class StaffDocumentTest {

    private static final String KEY = "staff-document-portal";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void aClerkWhoseGroupHasTheCaseOpensItsDocumentsAndNobodyElseDoes() {
        clients.register(ApiClients.sha256(KEY), new ApiClient("staff-document-portal", List.of("aktobe"),
                List.of("fixture-licence"), 100));
        String application = """
                {"applicant":{"iin":"%s"},"form":{"activityType":"Стоматология"}}""".formatted(DemoPki.APPLICANT_IIN);
        Map<String, Object> submitted = rest.exchange(RequestEntity.post("/api/v1/applications")
                .header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .body("{\"tenant\":\"aktobe\",\"service\":\"fixture-licence\",\"subService\":\"issue\","
                        + "\"channel\":\"portal\",\"signature\":\"" + SignedApplications.signedByApplicant(application)
                        + "\"}"), new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) submitted.get("number")).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult()
                .getId());
        String links = (String) runtimeService.getVariable(instance, "documentLinks");
        String documentId = ((List<Map<String, Object>>) submitted.get("documents")).get(0).get("id").toString();
        assertThat(links).contains("(/staff/documents/" + documentId + ")").contains("application.p7s");

        String clerk = StaffUsers.member(identityService, "documents.aktobe.clerk", "aktobe.office-clerk");
        String stranger = StaffUsers.member(identityService, "documents.zhambyl.clerk", "zhambyl.office-clerk");

        ResponseEntity<byte[]> asClerk = open(documentId, sessionOf(clerk));
        ResponseEntity<byte[]> asStranger = open(documentId, sessionOf(stranger));
        ResponseEntity<byte[]> anonymous = open(documentId, null);

        assertThat(asClerk.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asClerk.getBody()).isNotEmpty();
        assertThat(asClerk.getHeaders().getFirst("Content-Security-Policy")).startsWith("sandbox;")
                .contains("default-src 'none'");
        assertThat(asClerk.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(asStranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String sessionOf(String user) {
        ResponseEntity<String> login = WebappLogin.login(rest, "tasklist", user, StaffUsers.PASSWORD);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        return login.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private ResponseEntity<byte[]> open(String documentId, String cookie) {
        RequestEntity.HeadersBuilder<?> request = RequestEntity.get("/staff/documents/" + documentId);
        if (cookie != null) {
            request.header(HttpHeaders.COOKIE, cookie);
        }
        return rest.exchange(request.build(), byte[].class);
    }
}
