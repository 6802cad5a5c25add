package kz.reglament.application;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import kz.reglament.document.DocumentStore;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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

    public CaseViews(HistoryService historyService, RepositoryService repositoryService, DocumentStore documents) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.documents = documents;
    }

    public CaseView of(Application application, Locale locale) {
        List<HistoricActivityInstance> activities = application.processInstanceId() == null ? List.of()
                : historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(application.processInstanceId()).list().stream()
                        .filter(activity -> SHOWN_ACTIVITY_TYPES.contains(activity.getActivityType()))
                        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)).toList();
        BpmnModelInstance model = activities.isEmpty() ? null
                : repositoryService.getBpmnModelInstance(activities.get(0).getProcessDefinitionId());
        List<CaseView.Step> steps = activities.stream().map(activity -> step(activity, model, locale)).toList();
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

    private CaseView.Step step(HistoricActivityInstance activity, BpmnModelInstance model, Locale locale) {
        BaseElement element = model == null ? null : model.getModelElementById(activity.getActivityId());
        String name = element == null ? activity.getActivityName()
                : ModelProperties.of(element).localized("name", activity.getActivityName()).in(locale);
        Date due = null;
        if (activity.getTaskId() != null) {
            HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(activity.getTaskId()).singleResult();
            due = task == null ? null : task.getDueDate();
        }
        return new CaseView.Step(activity.getActivityId(), name, activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
                due == null ? null : due.toInstant(), activity.getAssignee());
    }
}
