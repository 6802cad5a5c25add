package kz.reglament.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.reglament.document.DocumentStore;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link CaseView} from the application and the case's history. Steps are the user tasks, calls and
 * waits for external bodies, named in the caller's language from the element's properties {@code name.ru} and
 * {@code name.en} (the element's own name is the Kazakh one).
 */
@Component
public class CaseViews {

    private static final List<String> SHOWN_ACTIVITY_TYPES = List.of("userTask", "callActivity",
            "intermediateMessageCatch", "receiveTask", "serviceTask", "sendTask");

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final DocumentStore documents;
    private final ManagementService managementService;

    public CaseViews(HistoryService historyService, RepositoryService repositoryService, DocumentStore documents,
            ManagementService managementService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.documents = documents;
        this.managementService = managementService;
    }

    public CaseView of(Application application, Locale locale) {
        String root = application.processInstanceId();
        Map<String, Date> dueByTask = root == null ? Map.of()
                : historyService.createHistoricTaskInstanceQuery().rootProcessInstanceId(root).list().stream()
                        .filter(task -> task.getDueDate() != null)
                        .collect(Collectors.toMap(HistoricTaskInstance::getId, HistoricTaskInstance::getDueDate));
        List<HistoricActivityInstance> activities = caseActivities(root).stream()
                .filter(activity -> SHOWN_ACTIVITY_TYPES.contains(activity.getActivityType()))
                // A call's own steps stand for it; the call itself would only repeat them.
                .filter(activity -> !"callActivity".equals(activity.getActivityType())
                        || activity.getCalledProcessInstanceId() == null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)).toList();
        Map<String, BpmnModelInstance> models = new HashMap<>();
        List<CaseView.Step> steps = new ArrayList<>(activities.stream()
                .map(activity -> step(activity, models.computeIfAbsent(activity.getProcessDefinitionId(),
                        repositoryService::getBpmnModelInstance), dueByTask.get(activity.getTaskId()), locale))
                .toList());
        steps.addAll(queuedSteps(root, locale));
        String base = "/api/v1/applications/" + application.id();
        return new CaseView(application.id(), application.number(), application.tenant(), application.service(),
                application.subService(), application.channel(),
                new CaseView.Status(application.status().name(), application.status().label().in(locale),
                        application.statusChangedAt()),
                application.submittedAt(),
                steps.stream().filter(step -> step.endedAt() == null).toList(),
                steps.stream().filter(step -> step.endedAt() != null).toList(),
                documents.ofApplication(application.id()).stream().map(document -> new CaseView.Document(
                        document.id(), document.fileName(), document.contentType(), document.sizeBytes(),
                        document.sha256())).toList(),
                application.resultDocumentId() == null ? null : new CaseView.Result(application.resultDocumentId(),
                        base + "/result", base + "/result/verification"));
    }

    /**
     * Steps waiting for the job executor (an asynchronous check about to run, or retrying after an outage) have no
     * history yet, but the portal should still see that the case stands at them.
     */
    private List<CaseView.Step> queuedSteps(String root, Locale locale) {
        if (root == null) {
            return List.of();
        }
        List<CaseView.Step> queued = new ArrayList<>();
        for (Job job : managementService.createJobQuery().rootProcessInstanceId(root).messages().list()) {
            String activityId = managementService.createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
            BaseElement element = repositoryService.getBpmnModelInstance(job.getProcessDefinitionId())
                    .getModelElementById(activityId);
            String name = element == null ? activityId : ModelProperties.of(element)
                    .localized("name", element.getAttributeValue("name")).in(locale);
            queued.add(new CaseView.Step(activityId, name, job.getCreateTime() == null ? null
                    : job.getCreateTime().toInstant(), null, null, null));
        }
        return queued;
    }

    /**
     * What the case's process instance and every block it called, however deep, did, in one query: the activity query
     * of the API can only ask one process instance at a time, and the status page is read after every step.
     */
    private List<HistoricActivityInstance> caseActivities(String root) {
        if (root == null) {
            return List.of();
        }
        return historyService.createNativeHistoricActivityInstanceQuery()
                .sql("SELECT * FROM " + managementService.getTableName(HistoricActivityInstance.class)
                        + " WHERE ROOT_PROC_INST_ID_ = #{root}")
                .parameter("root", root).list();
    }

    private CaseView.Step step(HistoricActivityInstance activity, BpmnModelInstance model, Date due, Locale locale) {
        BaseElement element = model == null ? null : model.getModelElementById(activity.getActivityId());
        String name = element == null ? activity.getActivityName()
                : ModelProperties.of(element).localized("name", activity.getActivityName()).in(locale);
        return new CaseView.Step(activity.getActivityId(), name, activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
                due == null ? null : due.toInstant(), activity.getAssignee());
    }
}
