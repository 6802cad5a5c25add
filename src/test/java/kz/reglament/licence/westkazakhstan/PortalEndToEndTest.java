package kz.reglament.licence.westkazakhstan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.reglament.client.ApiClients;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * A clinic applies for a medical licence on the portal; West Kazakhstan's staff, each in their own group, take the
 * case through W1–W5; the portal fetches the signed licence and its verification.
 */
@ServiceTest
class PortalEndToEndTest extends WestKazakhstanCases {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void nobodyLoggedIn() {
        identityService.clearAuthentication();
    }

    @Test
    void aClinicsPortalApplicationBecomesASignedLicenceTheApplicantCanVerify() {
        deployWestKazakhstan();
        PortalSubmissions.register(clients);
        String clerk = StaffUsers.member(identityService, "wko-clerk", "west-kazakhstan.office-clerk");
        String head = StaffUsers.member(identityService, "wko-head", "west-kazakhstan.head");
        String executor = StaffUsers.member(identityService, "wko-executor", "west-kazakhstan.executor");

        ResponseEntity<Map<String, Object>> submitted = PortalSubmissions.submit(rest, "issue",
                "{\"activityType\":\"Стоматология\",\"address\":\"Орал қ., Достық-Дружба даңғылы, 201\"}");
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = (String) submitted.getBody().get("id");
        String number = (String) submitted.getBody().get("number");
        Case application = new Case(number, runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).processDefinitionKey("medical-licence-issue").singleResult());
        application.runJobs();
        assertThat(application.passed("Task_VerifySignature")).isTrue();

        as(clerk, "office-clerk", application, "Task_CheckCompliance", Map.of("packageCompliant", "yes"));
        as(clerk, "office-clerk", application, "Task_RegisterApplication",
                Map.of("registrationNumber", "01-12/101", "registeredCopyGiven", true));
        assertThat(status(id)).isEqualTo("REGISTERED");
        as(head, "head", application, "Task_AssignExecutor", Map.of("executorUserId", executor));
        as(executor, "executor", application, "Task_CheckCompleteness", Map.of("documentsComplete", "yes"));
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        as(executor, "executor", application, "Task_PrepareDraft", Map.of("decision", "ISSUE"));
        assertThat(status(id)).isEqualTo("DECISION_SIGNED");
        as(head, "head", application, "Task_SignResult", Map.of("signedByHead", true));
        application.runJobs();
        as(clerk, "office-clerk", application, "Task_HandOverResult", Map.of("resultHandedOver", true));

        assertThat(status(id)).isEqualTo("ISSUED");
        byte[] licence = rest.exchange(RequestEntity.get("/api/v1/applications/" + id + "/result")
                .header("X-API-Key", PortalSubmissions.KEY).build(), byte[].class).getBody();
        String text = new String(licence, StandardCharsets.UTF_8);
        assertThat(text).contains("Лицензия").contains(number).contains("Стоматология").contains(DemoPki.LEGAL_ENTITY_BIN)
                .contains("Батыс Қазақстан облысының денсаулық сақтау басқармасы")
                .contains((String) application.variable("licenceNumber"));
        assertThat(PortalSubmissions.get(rest, "/api/v1/applications/" + id + "/result/verification").getBody())
                .containsEntry("intact", true).containsEntry("trusted", true).containsEntry("reason", "VALID");
    }

    private void as(String user, String group, Case application, String step, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of("west-kazakhstan." + group), List.of("west-kazakhstan"));
        try {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(application.number)
                    .taskDefinitionKey(step).singleResult();
            assertThat(task).as(user + " sees " + step).isNotNull();
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        application.runJobs();
    }

    @SuppressWarnings("unchecked")
    private String status(String id) {
        return (String) ((Map<String, Object>) PortalSubmissions.get(rest, "/api/v1/applications/" + id).getBody()
                .get("status")).get("code");
    }
}
