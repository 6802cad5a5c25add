package kz.reglament.tasklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import kz.reglament.api.ApiCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's open tasks in the views of the saved Tasklist filters, for a department's own screens and
 * dashboards; each task links to Tasklist, where it is worked on. Staff see their own tenants' tasks only.
 */
@RestController
@RequestMapping("/api/v1/worklist")
public class WorklistController {

    private final Worklist worklist;
    private final ApiCaller caller;

    public WorklistController(Worklist worklist, ApiCaller caller) {
        this.worklist = worklist;
        this.caller = caller;
    }

    @GetMapping
    public Worklist.Page page(@RequestParam(defaultValue = "MY_GROUPS") TasklistFilters.Kind view,
            @RequestParam(required = false) String tenant,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int firstResult,
            @RequestParam(defaultValue = "15") @Min(1) @Max(200) int maxResults, Locale locale) {
        return worklist.page(view, caller.groups(), caller.tenantsToRead(tenant), firstResult, maxResults, locale);
    }
}
