package kz.reglament.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.reglament.api.ApiCaller;
import kz.reglament.api.ApiException;
import kz.reglament.api.ReportPeriod;
import kz.reglament.calendar.WorkingTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
            @RequestParam(required = false) String tenant, @RequestParam(required = false) String regulation,
            @RequestParam(required = false) String step, @RequestParam(required = false) String group) {
        ReportPeriod.check(from, to);
        return breaches.find(tenantsFor(tenant), start(from), start(to.plusDays(1)), regulation, step, group);
    }

    @GetMapping("/on-time-rate")
    public List<SlaReport.OnTimeRate> onTimeRate(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String tenant, @RequestParam(required = false) String regulation,
            @RequestParam(required = false) String step, @RequestParam(required = false) String group) {
        ReportPeriod.check(from, to);
        return report.onTimeRate(tenantsFor(tenant), start(from), start(to.plusDays(1)), regulation, step, group);
    }

    /** The tenants to report on: the one asked for if the caller may read it, else all the caller may read. */
    private List<String> tenantsFor(String tenant) {
        List<String> readable = caller.readableTenants();
        if (tenant == null || tenant.isBlank()) {
            return readable;
        }
        if (readable != null && !readable.contains(tenant)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        return List.of(tenant);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(WorkingTime.ZONE).toInstant();
    }
}
