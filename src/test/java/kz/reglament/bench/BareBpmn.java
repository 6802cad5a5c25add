package kz.reglament.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.reglament.calendar.RegulatedTerm;
import kz.reglament.calendar.WorkingTimeBusinessCalendar;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The service's BPMN with everything of the service taken out, for the bare-engine baseline
 * (docs/performance-baseline.md). What stays is what the engine alone executes: the flow, gateways and their
 * conditions, user tasks with their candidate groups and forms, call activities and their variable passing, the
 * message wait, asynchronous continuations and their retry cycles, timers, and input/output mappings, which set the
 * variables the gateways read (e.g. {@code intakeOutcome}, {@code outcome}) exactly as on the positive path.
 *
 * <p>Taken out: the implementation of every service, send and business-rule task ({@code camunda:class},
 * {@code camunda:delegateExpression}, {@code camunda:expression}) becomes the no-op expression {@value #NO_OP}; every
 * execution and task listener is removed; every regulated term ("2 working days", «15 жұмыс минуты»), which only the
 * service's working-time calendar reads, becomes an ISO-8601 duration of the same length in calendar time.
 *
 * <p>What cannot be made a no-op without changing the path (a result variable, an external or connector task, a
 * script, a call activity's variable-mapping delegate, a message event's delegate) is refused, and so is a model that
 * still holds a delegate, a listener or a term after stripping: the baseline must never run the service's code.
 */
public final class BareBpmn {

    static final String NO_OP = "${true}";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** Attributes that name code to run; only {@code camunda:expression="${true}"} may remain. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "delegateExpression", "expression",
            "variableMappingClass", "variableMappingDelegateExpression", "resultVariable", "type");
    /** Elements that run code or call out of the engine. */
    private static final Set<String> CODE_ELEMENTS = Set.of("executionListener", "taskListener", "connector",
            "script");
    /** Attributes whose value the service resolves through its working-time calendar. */
    private static final Set<String> TERM_ATTRIBUTES = Set.of("dueDate", "followUpDate");
    private static final Set<String> TIMER_TEXTS = Set.of("timeDuration", "timeDate", "timeCycle");

    private BareBpmn() {
    }

    /** Every BPMN file of a process folder on the class path ({@code processes/aktobe}), stripped, by file name. */
    public static Map<String, BpmnModelInstance> folder(String folder) {
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        for (Resource resource : resources(folder, "*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                models.put(resource.getFilename(), strip(resource.getFilename(), Bpmn.readModelFromStream(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No BPMN files on the class path under " + folder);
        }
        return models;
    }

    /** The folder's other files the service deploys with its processes (forms, decisions), as they are. */
    static List<Resource> companions(String folder) {
        List<Resource> companions = new ArrayList<>(resources(folder, "*.form"));
        companions.addAll(resources(folder, "*.dmn"));
        return companions;
    }

    /**
     * Strips the model in place and returns it.
     *
     * @throws IllegalArgumentException if anything of the service's would remain
     */
    public static BpmnModelInstance strip(String name, BpmnModelInstance model) {
        for (Class<? extends Task> kind : List.of(ServiceTask.class, SendTask.class, BusinessRuleTask.class)) {
            for (Task task : model.getModelElementsByType(kind)) {
                stripImplementation(name, task);
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            listener.getParentElement().removeChildElement(listener);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            listener.getParentElement().removeChildElement(listener);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (String attribute : TERM_ATTRIBUTES) {
                String value = task.getAttributeValueNs(CAMUNDA_NS, attribute);
                if (WorkingTimeBusinessCalendar.isTermNotation(value)) {
                    task.setAttributeValueNs(CAMUNDA_NS, attribute, isoDuration(value));
                }
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            for (Expression expression : new Expression[] {timer.getTimeDuration(), timer.getTimeDate(),
                    timer.getTimeCycle()}) {
                if (expression != null && WorkingTimeBusinessCalendar.isTermNotation(expression.getTextContent())) {
                    expression.setTextContent(isoDuration(expression.getTextContent()));
                }
            }
        }
        requireBare(name, model);
        return model;
    }

    /**
     * Refuses a model that still holds code of the service: an implementation other than the no-op, a listener, a
     * connector or script, or a regulated term only the service's calendar understands.
     */
    public static void requireBare(String name, BpmnModelInstance model) {
        List<String> found = new ArrayList<>();
        visit(model.getDocument().getRootElement(), found);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException(name + " is not bare: " + String.join("; ", found));
        }
    }

    /** "2 working days" → P2D, "15 working minutes" → PT15M, "4 working hours" → PT4H, "30 calendar days" → P30D. */
    static String isoDuration(String term) {
        RegulatedTerm parsed = RegulatedTerm.parse(term);
        return switch (parsed.unit()) {
            case WORKING_MINUTES -> "PT" + parsed.amount() + "M";
            case WORKING_HOURS -> "PT" + parsed.amount() + "H";
            case WORKING_DAYS, CALENDAR_DAYS -> "P" + parsed.amount() + "D";
        };
    }

    private static void stripImplementation(String name, Task task) {
        if (task instanceof BusinessRuleTask rule && rule.getCamundaDecisionRef() != null) {
            return; // A DMN decision is evaluated by the engine itself.
        }
        for (String refused : List.of("resultVariable", "type")) {
            if (task.getAttributeValueNs(CAMUNDA_NS, refused) != null) {
                throw new IllegalArgumentException(name + ": " + task.getId() + " has camunda:" + refused + "=\""
                        + task.getAttributeValueNs(CAMUNDA_NS, refused)
                        + "\", which a no-op cannot stand in for without changing the path");
            }
        }
        task.removeAttributeNs(CAMUNDA_NS, "class");
        task.removeAttributeNs(CAMUNDA_NS, "delegateExpression");
        task.setAttributeValueNs(CAMUNDA_NS, "expression", NO_OP);
    }

    private static void visit(DomElement element, List<String> found) {
        String where = element.getLocalName() + (element.getAttribute("id") == null ? ""
                : " " + element.getAttribute("id"));
        if (CAMUNDA_NS.equals(element.getNamespaceURI()) && CODE_ELEMENTS.contains(element.getLocalName())) {
            found.add("camunda:" + element.getLocalName() + " in " + where(element));
        }
        if (BPMN_NS.equals(element.getNamespaceURI()) && "scriptTask".equals(element.getLocalName())) {
            found.add("script task " + where);
        }
        // Camunda's attributes on BPMN elements are qualified; those of its own elements (form fields, field
        // injections) are not, and are not looked at here.
        if (BPMN_NS.equals(element.getNamespaceURI())) {
            for (String attribute : CODE_ATTRIBUTES) {
                String value = element.getAttribute(CAMUNDA_NS, attribute);
                if (value != null && !("expression".equals(attribute) && NO_OP.equals(value))) {
                    found.add("camunda:" + attribute + "=\"" + value + "\" on " + where);
                }
            }
            for (String attribute : TERM_ATTRIBUTES) {
                String value = element.getAttribute(CAMUNDA_NS, attribute);
                if (WorkingTimeBusinessCalendar.isTermNotation(value)) {
                    found.add("term camunda:" + attribute + "=\"" + value + "\" on " + where);
                }
            }
            if (TIMER_TEXTS.contains(element.getLocalName())
                    && WorkingTimeBusinessCalendar.isTermNotation(element.getTextContent())) {
                found.add("term " + element.getLocalName() + " \"" + element.getTextContent().strip() + "\" in "
                        + where(element));
            }
        }
        for (DomElement child : element.getChildElements()) {
            visit(child, found);
        }
    }

    /** The nearest enclosing element with an id, for messages. */
    private static String where(DomElement element) {
        for (DomElement at = element; at != null; at = at.getParentElement()) {
            if (at.getAttribute("id") != null) {
                return at.getLocalName() + " " + at.getAttribute("id");
            }
        }
        return element.getLocalName();
    }

    private static List<Resource> resources(String folder, String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(BareBpmn.class.getClassLoader())
                    .getResources("classpath*:" + folder + "/" + pattern);
            List<Resource> sorted = new ArrayList<>(List.of(found));
            sorted.sort((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
