package kz.reglament.licence.zhambyl;

import static kz.reglament.licence.zhambyl.ZhambylCases.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.reglament.client.ApiClient;
import kz.reglament.client.ApiClients;
import kz.reglament.deployment.ProcessFolderDeployer;
import kz.reglament.deployment.ProcessFolderReader;
import kz.reglament.identity.Bin;
import kz.reglament.registry.licence.EmbeddedLicenceRegistry;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.SignedApplications;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clinic applies for a licence on the portal; Zhambyl's staff work the case in their own groups; the portal fetches
 * the licence signed with the provider's key and has it verified.
 */
@ServiceTest
class MedicalLicencePortalEndToEndTest {

    static final String PORTAL_KEY = "test-portal-key-zhambyl-e2e";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessFolderReader reader;
    @Autowired
    ProcessFolderDeployer deployer;
    @Autowired
    ApiClients clients;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedLicenceRegistry licences;

    ZhambylCases cases;

    @BeforeEach
    void zhambylOnThePortal() {
        ZhambylCases.deploy(reader, deployer);
        cases = new ZhambylCases(engine, jdbc);
        clients.register(ApiClients.sha256(PORTAL_KEY), new ApiClient("zhambyl-e2e-portal", List.of("zhambyl"),
                List.of("medical-licence"), 1000));
    }

    @AfterEach
    void nobodyLoggedIn() {
        identityService.clearAuthentication();
    }

    @Test
    void aClinicsPortalApplicationBecomesASignedLicenceThePortalCanVerify() {
        Map<String, Object> catalogue = get("/api/v1/services/medical-licence").getBody();
        assertThat(catalogue.get("subServices").toString()).contains("medical-licence-issue")
                .contains("medical-licence-reissue").contains("medical-licence-duplicate").contains("zhambyl");

        String application = """
                {"applicant":{"bin":"%s"},"form":{"activityType":"Стоматология","address":"Тараз қ., Төле би, 5",\
                "licenceSubtypes":"Стоматология"}}""".formatted(DemoPki.LEGAL_ENTITY_BIN);
        ResponseEntity<Map<String, Object>> submitted = rest.exchange(RequestEntity.post("/api/v1/applications")
                .header("X-API-Key", PORTAL_KEY).header(HttpHeaders.ACCEPT_LANGUAGE, "kk")
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"tenant":"zhambyl","service":"medical-licence","subService":"issue","channel":"portal",
                         "signature":"%s","documents":[]}""".formatted(
                        SignedApplications.signedByLegalEntityHead(application))),
                new ParameterizedTypeReference<>() { });
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = (String) submitted.getBody().get("id");
        String number = (String) submitted.getBody().get("number");

        cases.runJobs(number);
        work("zhambyl.office-clerk", number, "Task_CheckConformity", vars("conformity", "CONFORM"));
        assertThat(status(id)).isEqualTo("REGISTERED");
        work("zhambyl.office-clerk", number, "Task_Register", vars("registrationNumber", "Ж-15"));
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        work("zhambyl.head", number, "Task_HeadReview", vars("headResolution", "Бөлім басшысына"));
        work("zhambyl.department-head", number, "Task_DepartmentHeadReview",
                vars("departmentResolution", "Орындаушыға"));
        work("zhambyl.executor", number, "Task_CheckCompleteness", vars("completeness", "COMPLETE"));
        work("zhambyl.executor", number, "Task_SendRequest", vars("requestAddressee", "ТҚҚ"));
        work("zhambyl.executor", number, "Task_PrepareResult", vars("decision", "ISSUE"));
        work("zhambyl.head", number, "Task_SignResult", vars("resultSigned", true));
        cases.runJobs(number);

        Map<String, Object> issued = get("/api/v1/applications/" + id).getBody();
        assertThat((Map<String, Object>) issued.get("status")).containsEntry("code", "ISSUED");
        byte[] licence = rest.exchange(RequestEntity.get("/api/v1/applications/" + id + "/result")
                .header("X-API-Key", PORTAL_KEY).build(), byte[].class).getBody();
        String text = new String(licence, StandardCharsets.UTF_8);
        assertThat(text).contains("Лицензия").contains(number).contains("Стоматология")
                .contains(DemoPki.LEGAL_ENTITY_BIN).contains("Жамбыл облысы әкімдігінің денсаулық сақтау басқармасы")
                .containsPattern("ZHAMBYL-\\d{4}-\\d{6}");
        assertThat(get("/api/v1/applications/" + id + "/result/verification").getBody())
                .containsEntry("intact", true).containsEntry("trusted", true);
        assertThat(licences.find(text.replaceAll("(?s).*(ZHAMBYL-\\d{4}-\\d{6}).*", "$1"),
                Bin.parse(DemoPki.LEGAL_ENTITY_BIN)).orElseThrow().tenantId()).isEqualTo("zhambyl");
    }

    /** A member of the step's group finds the step among their tasks, takes it and completes it. */
    private void work(String group, String number, String step, Map<String, Object> variables) {
        String user = StaffUsers.member(identityService, "e2e." + group, group);
        identityService.setAuthentication(user, List.of(group), List.of("zhambyl"));
        try {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(step)
                    .taskCandidateGroup(group).singleResult();
            assertThat(task).as("%s sees %s", group, step).isNotNull();
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String status(String id) {
        return (String) ((Map<String, Object>) get("/api/v1/applications/" + id).getBody().get("status")).get("code");
    }

    private ResponseEntity<Map<String, Object>> get(String path) {
        return rest.exchange(RequestEntity.get(path).header("X-API-Key", PORTAL_KEY)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").build(), new ParameterizedTypeReference<>() { });
    }
}
