package kz.reglament.application;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * An element with the property {@code case-status} moves the case to that status when the element starts: the
 * modeler marks "registered" on the registration step, "refused" on the refusal end event, and portals see it. A
 * status the service does not know fails the deployment.
 */
public class CaseStatusParseListener extends AbstractBpmnParseListener {

    static final String PROPERTY = "case-status";
    private static final Namespace CAMUNDA = new Namespace("http://camunda.org/schema/1.0/bpmn");

    private final ExecutionListener statusRecorder;

    public CaseStatusParseListener(ExecutionListener statusRecorder) {
        this.statusRecorder = statusRecorder;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    @Override
    public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        attach(element, activity);
    }

    private void attach(Element element, ActivityImpl activity) {
        String status = statusOf(element);
        if (status == null) {
            return;
        }
        try {
            ApplicationStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw new ProcessEngineException("Element '" + activity.getId() + "' sets the case status '" + status
                    + "', which is none of " + java.util.Arrays.toString(ApplicationStatus.values()));
        }
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, statusRecorder);
    }

    static String statusOf(Element element) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(CAMUNDA, "property")) {
            if (PROPERTY.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }
}
