package kz.reglament.support;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Cases of the fixture process {@code fixture-review}, which waits at one review task of its tenant's head. */
public final class ReviewTasks {

    private ReviewTasks() {
    }

    /** Starts a review case in the tenant and returns the id of its open review task. */
    public static String open(RuntimeService runtimeService, TaskService taskService, String businessKey,
            String tenant) {
        String instance = runtimeService.createProcessInstanceByKey("fixture-review")
                .processDefinitionTenantId(tenant).businessKey(businessKey).execute().getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }
}
