package kz.reglament.deadline;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.reglament.api.ApiCaller;
import kz.reglament.api.ReportPeriod;
import kz.reglament.calendar.WorkingTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the tenants keep their terms: the breaches of a period, and the on-time rate per tenant, regulation, step and
 * group. Staff read their own tenants' figures, administrators every tenant's. Days are Kazakhstan's days.
 */
@RestController
@RequestMapping("/api/v1/sla")
public class SlaReportController {

    /**
     * Regulations, steps and groups are named by BPMN and Camunda ids; anything else matches nothing, and is more
     * likely a mistyped or hostile query than a filter, so it is refused rather than answered with an empty report.
     */
    static final String BPMN_ID = "[A-Za-z_][A-Za-z0-9_.-]{0,254}";

    private final TermBreachStore breaches;
    private final SlaReport report;
    private final ApiCaller caller;

    public SlaReportController(TermBreachStore breaches, SlaReport report, ApiCaller caller) {
        this.breaches = breaches;
        this.report = report;
        this.caller = caller;
    }

    @GetMapping("/breaches")
    public List<TermBreach> breaches(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String tenant,
            @RequestParam(required = false) @Pattern(regexp = BPMN_ID) String regulation,
            @RequestParam(required = false) @Pattern(regexp = BPMN_ID) String step,
            @RequestParam(required = false) @Pattern(regexp = BPMN_ID) String group) {
        ReportPeriod.check(from, to);
        return breaches.find(caller.tenantsToRead(tenant), start(from), start(to.plusDays(1)), regulation, step, group);
    }

    @GetMapping("/on-time-rate")
    public List<SlaReport.OnTimeRate> onTimeRate(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String tenant,
            @RequestParam(required = false) @Pattern(regexp = BPMN_ID) String regulation,
            @RequestParam(required = false) @Pattern(regexp = BPMN_ID) String step,
            @RequestParam(required = false) @Pattern(regexp = BPMN_ID) String group) {
        ReportPeriod.check(from, to);
        return report.onTimeRate(caller.tenantsToRead(tenant), start(from), start(to.plusDays(1)), regulation, step,
                group);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(WorkingTime.ZONE).toInstant();
    }
}
