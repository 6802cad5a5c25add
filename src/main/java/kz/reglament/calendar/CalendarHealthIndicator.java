package kz.reglament.calendar;

import java.util.SortedSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Says in health, not only in the start-up log, when this year or the next has no holiday data: deadlines would
 * then silently count a plain five-day week.
 */
@Component("workingCalendar")
public class CalendarHealthIndicator implements HealthIndicator {

    /** Serving, but with a defect an operator must fix; mapped to HTTP 200 in application.yml. */
    public static final Status MISSING_DATA = new Status("MISSING_CALENDAR_DATA",
            "No holiday data for a year that running cases can reach");

    private final WorkingTimeService workingTime;

    public CalendarHealthIndicator(WorkingTimeService workingTime) {
        this.workingTime = workingTime;
    }

    @Override
    public Health health() {
        WorkingCalendar calendar = workingTime.calendar();
        SortedSet<Integer> missing = workingTime.yearsWithoutData();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.status(MISSING_DATA)
                .withDetail("missingYears", missing);
        return health.withDetail("coveredYears", calendar.coveredYears().first() + "-" + calendar.coveredYears().last())
                .withDetail("corrections", calendar.corrections().size())
                .build();
    }
}
