package kz.reglament.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicReference;
import kz.reglament.tenant.TenantProperties;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where a regulated term becomes a moment: the shipped holiday data with the administrators'
 * corrections, and each tenant's working hours, in Kazakhstan's time zone.
 */
@Service
public class WorkingTimeService {

    private static final Logger log = LoggerFactory.getLogger(WorkingTimeService.class);

    private final CalendarCorrectionStore corrections;
    private final Tenants tenants;
    private final WorkingCalendar bundled = WorkingCalendar.bundled();
    // Loaded on first use: timers may ask before the application has finished starting.
    private final AtomicReference<WorkingCalendar> current = new AtomicReference<>();

    public WorkingTimeService(CalendarCorrectionStore corrections, Tenants tenants) {
        this.corrections = corrections;
        this.tenants = tenants;
    }

    public WorkingCalendar calendar() {
        WorkingCalendar calendar = current.get();
        if (calendar == null) {
            calendar = bundled.withCorrections(corrections.all());
            current.compareAndSet(null, calendar);
            warnAboutMissingYears(calendar);
        }
        return current.get();
    }

    /** When a step of a tenant's case that started at {@code start} is due under {@code term}. */
    public Instant deadline(String tenantId, Instant start, RegulatedTerm term) {
        return new WorkingTime(calendar()).deadline(start.atZone(WorkingTime.ZONE), term, workingHours(tenantId))
                .toInstant();
    }

    public WorkingHours workingHours(String tenantId) {
        return tenantId == null ? WorkingHours.STANDARD
                : tenants.find(tenantId).map(TenantProperties.Tenant::workingHours).orElse(WorkingHours.STANDARD);
    }

    /**
     * Records the correction and makes it part of every deadline computed from now on. Inside a transaction that
     * later rolls back, the calendar is reloaded from the database instead of keeping the correction.
     */
    public synchronized WorkingCalendar correct(CalendarCorrection correction) {
        corrections.add(correction);
        WorkingCalendar corrected = bundled.withCorrections(corrections.all());
        current.set(corrected);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        current.set(null);
                    }
                }
            });
        }
        return corrected;
    }

    /**
     * Another node of the cluster may have corrected the calendar; pick that up within a minute. The node that took
     * the correction has already moved every pending deadline in the shared database.
     */
    @Scheduled(fixedDelayString = "${reglament.calendar.refresh-interval:PT1M}")
    public void refreshFromDatabase() {
        WorkingCalendar loaded = current.get();
        if (loaded != null && loaded.corrections().size() != corrections.count()) {
            current.set(bundled.withCorrections(corrections.all()));
        }
    }

    /** The years a case started now could reach that have no holiday data: this year and the next. */
    public SortedSet<Integer> yearsWithoutData() {
        int thisYear = ClockUtil.getCurrentTime().toInstant().atZone(WorkingTime.ZONE).getYear();
        return calendar().yearsWithoutDataBetween(LocalDate.of(thisYear, 1, 1), LocalDate.of(thisYear + 1, 12, 31));
    }

    private void warnAboutMissingYears(WorkingCalendar calendar) {
        SortedSet<Integer> missing = yearsWithoutData();
        if (!missing.isEmpty()) {
            log.warn("NO HOLIDAY DATA for {}: deadlines in those years count a plain five-day week and will miss "
                    + "public holidays and transfers. Add the years to calendar/kz-holidays.json or correct the days "
                    + "through /api/v1/calendar/corrections.", missing);
        }
    }
}
