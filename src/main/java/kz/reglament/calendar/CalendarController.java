package kz.reglament.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.reglament.api.ApiCaller;
import kz.reglament.api.ApiException;
import kz.reglament.api.ReportPeriod;
import kz.reglament.deadline.DeadlineRecomputation;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar: read it, compute a deadline, and (administrators) correct a day. */
@RestController
@RequestMapping("/api/v1/calendar")
public class CalendarController {

    private final WorkingTimeService workingTime;
    private final DeadlineRecomputation recomputation;
    private final ApiCaller caller;
    private final Tenants tenants;

    public CalendarController(WorkingTimeService workingTime, DeadlineRecomputation recomputation, ApiCaller caller,
            Tenants tenants) {
        this.workingTime = workingTime;
        this.recomputation = recomputation;
        this.caller = caller;
        this.tenants = tenants;
    }

    @GetMapping("/days")
    public List<CalendarDay> days(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportPeriod.check(from, to);
        WorkingCalendar calendar = workingTime.calendar();
        return from.datesUntil(to.plusDays(1)).map(calendar::day).toList();
    }

    /** When a step of the tenant's case, started at {@code start}, is due under {@code term}. */
    @GetMapping("/deadline")
    public Deadline deadline(@RequestParam String tenant, @RequestParam String term,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start) {
        if (!tenants.contains(tenant)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "UNKNOWN_TENANT", tenant);
        }
        RegulatedTerm parsed;
        try {
            parsed = RegulatedTerm.parse(term);
        } catch (InvalidTermException invalid) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_TERM", term, invalid.getMessage());
        }
        Instant from = start == null ? ClockUtil.getCurrentTime().toInstant() : start.toInstant();
        return new Deadline(tenant, parsed.toString(), from.atZone(WorkingTime.ZONE).toOffsetDateTime(),
                workingTime.deadline(tenant, from, parsed).atZone(WorkingTime.ZONE).toOffsetDateTime());
    }

    @GetMapping("/corrections")
    public List<CalendarCorrection> corrections() {
        return List.copyOf(workingTime.calendar().corrections());
    }

    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    public CorrectionApplied correct(@Valid @RequestBody CorrectionRequest request) {
        caller.requireAdministrator();
        CalendarCorrection correction = new CalendarCorrection(request.date(), request.working(),
                request.reason().trim(), caller.userId(), ClockUtil.getCurrentTime().toInstant());
        DeadlineRecomputation.Result moved = recomputation.applyCorrection(correction);
        return new CorrectionApplied(correction, workingTime.calendar().day(request.date()), moved.stepsMoved(),
                moved.timersMoved());
    }

    public record CorrectionRequest(@NotNull LocalDate date, @NotNull Boolean working,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record CorrectionApplied(CalendarCorrection correction, CalendarDay day, int dueDatesMoved,
            int timersMoved) {
    }

    public record Deadline(String tenant, String term, OffsetDateTime start, OffsetDateTime due) {
    }
}
