package kz.reglament.tasklist;

import java.time.LocalDate;
import java.util.Date;
import kz.reglament.calendar.WorkingTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Today" as Kazakhstan counts it, for Tasklist filter expressions ({@code ${kazakhstanDay.start()}}): the
 * engine's own {@code dateTime()} uses the server's time zone, which need not be Kazakhstan's.
 */
@Component("kazakhstanDay")
public class KazakhstanDay {

    public Date start() {
        return Date.from(today().atStartOfDay(WorkingTime.ZONE).toInstant());
    }

    public Date end() {
        return Date.from(today().plusDays(1).atStartOfDay(WorkingTime.ZONE).toInstant());
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(WorkingTime.ZONE).toLocalDate();
    }
}
