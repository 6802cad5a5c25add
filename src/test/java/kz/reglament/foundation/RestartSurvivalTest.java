package kz.reglament.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.reglament.support.RunningService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class RestartSurvivalTest {

    private final String dataDirectory = "reglament.data-directory=./target/test-data/restart-" + UUID.randomUUID();

    @Test
    void aCaseRunningOnTheH2FileSurvivesARestart() {
        String instanceId;
        String taskId;
        try (ConfigurableApplicationContext first = start()) {
            ProcessInstance instance = first.getBean(RuntimeService.class).createProcessInstanceByKey("fixture-review")
                    .processDefinitionTenantId("aktobe").businessKey("case-before-restart").execute();
            instanceId = instance.getId();
            taskId = first.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId).singleResult()
                    .getId();
        }

        try (ConfigurableApplicationContext second = start()) {
            RuntimeService runtime = second.getBean(RuntimeService.class);
            TaskService tasks = second.getBean(TaskService.class);
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
            assertThat(instance).isNotNull();
            assertThat(instance.getBusinessKey()).isEqualTo("case-before-restart");
            Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
            assertThat(task.getId()).isEqualTo(taskId);

            tasks.complete(taskId);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return RunningService.start(null, dataDirectory, "reglament.security.admin.password=Keeper-of-7-Keys");
    }
}
