package kz.reglament.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

@ServiceTest
class TenantIsolationTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;

    String aktobeTask;
    String zhambylTask;
    String aktobeHead;

    @BeforeEach
    void oneOpenTaskInEachTenant() {
        aktobeHead = StaffUsers.member(identityService, "isolation.aktobe", "aktobe.head");
        aktobeTask = startReview("aktobe");
        zhambylTask = startReview("zhambyl");
    }

    @AfterEach
    void forgetAuthentication() {
        identityService.clearAuthentication();
    }

    @Test
    void overRestAStaffMemberSeesOnlyTheirTenantsTasks() {
        ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD)
                .exchange("/engine-rest/task", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });

        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).extracting(task -> task.get("id")).contains(aktobeTask).doesNotContain(zhambylTask);
        assertThat(tasks.getBody()).extracting(task -> task.get("tenantId")).containsOnly("aktobe");

        ResponseEntity<String> single = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD)
                .getForEntity("/engine-rest/task/" + zhambylTask, String.class);
        assertThat(single.getStatusCode().is4xxClientError()).as(single.toString()).isTrue();
    }

    @Test
    void overRestAStaffMemberCannotCompleteAnotherTenantsTask() {
        ResponseEntity<String> completion = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD).exchange(
                RequestEntity.post("/engine-rest/task/" + zhambylTask + "/complete")
                        .contentType(MediaType.APPLICATION_JSON).body("{}"), String.class);

        assertThat(completion.getStatusCode()).as(completion.toString()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(zhambylTask).count()).isEqualTo(1);
    }

    @Test
    void overRestAStaffMemberCompletesTheirOwnTenantsTask() {
        ResponseEntity<String> completion = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD).exchange(
                "/engine-rest/task/" + aktobeTask + "/complete", HttpMethod.POST,
                jsonBody("{\"variables\":{\"approved\":{\"value\":true}}}"), String.class);

        assertThat(completion.getStatusCode()).as(completion.toString()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(aktobeTask).count()).isZero();
    }

    @Test
    void throughTheJavaApiWithAuthorizationOnTheOtherTenantIsInvisibleAndUntouchable() {
        identityService.setAuthentication(aktobeHead, List.of("aktobe.head"), List.of("aktobe"));

        assertThat(taskService.createTaskQuery().list()).extracting(Task::getId)
                .contains(aktobeTask).doesNotContain(zhambylTask);
        assertThat(taskService.createTaskQuery().taskId(zhambylTask).singleResult()).isNull();
        assertThatThrownBy(() -> taskService.complete(zhambylTask)).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> taskService.claim(zhambylTask, aktobeHead)).isInstanceOf(ProcessEngineException.class);

        identityService.clearAuthentication();
        Task untouched = taskService.createTaskQuery().taskId(zhambylTask).singleResult();
        assertThat(untouched).isNotNull();
        assertThat(untouched.getAssignee()).isNull();
    }

    @Test
    void engineRestAnswers401WithoutCredentialsAnd200WithThem() {
        ResponseEntity<String> authenticated = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD)
                .getForEntity("/engine-rest/process-definition", String.class);
        ResponseEntity<String> anonymous = rest.getForEntity("/engine-rest/process-definition", String.class);
        // Another user: a failed login locks the account for a few seconds, as it should.
        String victim = StaffUsers.member(identityService, "isolation.zhambyl", "zhambyl.head");
        ResponseEntity<String> wrongPassword = rest.withBasicAuth(victim, "not-the-password")
                .getForEntity("/engine-rest/process-definition", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(authenticated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(authenticated.getBody()).contains("fixture-review").doesNotContain("\"tenantId\":\"zhambyl\"");
    }

    @Test
    void anOfficeClerkStartsACaseOfTheirOwnTenantButNotOfAnother() {
        String clerk = StaffUsers.member(identityService, "isolation.aktobe.clerk", "aktobe.office-clerk");

        ResponseEntity<String> own = rest.withBasicAuth(clerk, StaffUsers.PASSWORD).exchange(RequestEntity
                .post("/engine-rest/process-definition/key/fixture-review/tenant-id/aktobe/start")
                .contentType(MediaType.APPLICATION_JSON).body("{\"businessKey\":\"office-case\"}"), String.class);
        ResponseEntity<String> other = rest.withBasicAuth(clerk, StaffUsers.PASSWORD).exchange(RequestEntity
                .post("/engine-rest/process-definition/key/fixture-review/tenant-id/zhambyl/start")
                .contentType(MediaType.APPLICATION_JSON).body("{}"), String.class);
        ResponseEntity<String> head = rest.withBasicAuth(aktobeHead, StaffUsers.PASSWORD).exchange(RequestEntity
                .post("/engine-rest/process-definition/key/fixture-review/tenant-id/aktobe/start")
                .contentType(MediaType.APPLICATION_JSON).body("{}"), String.class);

        assertThat(own.getStatusCode()).as(own.toString()).isEqualTo(HttpStatus.OK);
        assertThat(other.getStatusCode().is4xxClientError()).as(other.toString()).isTrue();
        assertThat(head.getStatusCode()).as("a head does not receive applicants").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("office-case")
                .tenantIdIn("aktobe").count()).isEqualTo(1);
    }

    private String startReview(String tenantId) {
        String instance = runtimeService.createProcessInstanceByKey("fixture-review")
                .processDefinitionTenantId(tenantId).execute().getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static HttpEntity<String> jsonBody(String json) {
        return RequestEntity.post("/").contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
