package kz.reglament.deadline;

import java.util.ArrayList;
import kz.reglament.calendar.WorkingTimeBusinessCalendar;
import kz.reglament.calendar.WorkingTimeService;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Teaches the engine the regulations' terms: the working-time calendar resolves "2 working days" in due dates and
 * timers, and the parse listener turns every term into a recorded, escalated deadline.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineEngineConfiguration {

    @Bean
    ProcessEnginePlugin regulatedTerms(WorkingTimeService workingTime, RegulatedStepStore steps,
            TermBreachStore breaches) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
                calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                        new WorkingTimeBusinessCalendar(new DurationBusinessCalendar(), workingTime));
                calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                        new WorkingTimeBusinessCalendar(new DueDateBusinessCalendar(), workingTime));
                calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
                configuration.setBusinessCalendarManager(calendars);

                if (configuration.getCustomPreBPMNParseListeners() == null) {
                    configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
                }
                BpmnParseListener listener = new RegulatedTermParseListener(new RegulatedStepListener(steps),
                        new TermBreachRecorder(breaches, steps, workingTime));
                configuration.getCustomPreBPMNParseListeners().add(listener);
            }
        };
    }
}
