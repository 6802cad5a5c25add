package kz.reglament.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import kz.reglament.support.ServiceTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class TenantDeploymentTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;

    @Test
    void startUpDeploysEveryFolderUnderItsTenant() {
        Map<String, String> tenantByDeploymentName = repositoryService.createDeploymentQuery().list().stream()
                .filter(deployment -> ProcessFolderDeployer.DEPLOYMENT_SOURCE.equals(deployment.getSource()))
                .collect(Collectors.toMap(Deployment::getName, d -> String.valueOf(d.getTenantId()), (a, b) -> a));

        assertThat(tenantByDeploymentName).containsEntry("processes/aktobe", "aktobe")
                .containsEntry("processes/zhambyl", "zhambyl")
                .containsEntry("processes/common", "null");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("fixture-review")
                .latestVersion().list()).extracting(ProcessDefinition::getTenantId)
                .containsExactlyInAnyOrder("aktobe", "zhambyl");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("fixture-shared-review")
                .withoutTenantId().count()).isEqualTo(1);
    }

    @Test
    void formsAreDeployedWithTheProcessThatBindsThem() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("fixture-review")
                .processDefinitionTenantId("aktobe").execute();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult();

        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("fixture-review-form");
        assertThat(formService.getDeployedTaskForm(task.getId())).isNotNull();
    }

    @Test
    void aSharedBlockCalledFromATenantsCaseRunsUnderThatTenant() {
        ProcessInstance caller = runtimeService.createProcessInstanceByKey("fixture-calls-shared")
                .processDefinitionTenantId("aktobe").execute();
        ProcessInstance called = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId()).singleResult();
        Task task = taskService.createTaskQuery().processInstanceId(called.getId()).singleResult();

        assertThat(repositoryService.getProcessDefinition(called.getProcessDefinitionId()).getTenantId()).isNull();
        assertThat(called.getTenantId()).isEqualTo("aktobe");
        assertThat(task.getTenantId()).isEqualTo("aktobe");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
                .containsExactly("aktobe.head");
    }
}
