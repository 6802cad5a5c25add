package kz.reglament.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Deploying from Camunda Modeler: the same multipart request the Modeler sends to the secured REST API. */
@ServiceTest
class ModelerDeploymentTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    @Test
    void anAdministratorDeploysADiagramForATenantAsCamundaModelerDoes() throws Exception {
        String key = "modeler-" + UUID.randomUUID();

        ResponseEntity<Map<String, Object>> deployed = deploy("admin", ServiceTest.ADMIN_PASSWORD, key);

        assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(deployed.getBody()).containsEntry("tenantId", "zhambyl").containsEntry("source", "Camunda Modeler");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn("zhambyl")
                .count()).isEqualTo(1);
    }

    @Test
    void staffWithoutTheRightToDeployAreRefusedAndAnonymousCallersAreAskedToLogIn() throws Exception {
        String staff = StaffUsers.member(identityService, "modeler.zhambyl.clerk", "zhambyl.office-clerk");
        String key = "modeler-" + UUID.randomUUID();

        assertThat(deploy(staff, StaffUsers.PASSWORD, key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy(null, null, key).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private ResponseEntity<Map<String, Object>> deploy(String user, String password, String key) throws Exception {
        String bpmn = new ClassPathResource("processes-fixture/zhambyl/fixture-review.bpmn")
                .getContentAsString(StandardCharsets.UTF_8).replace("\"fixture-review\"", "\"" + key + "\"");
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "modeler-test");
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        form.add("tenant-id", "zhambyl");
        form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "fixture-review.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
        return client.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
                new ParameterizedTypeReference<>() { });
    }
}
