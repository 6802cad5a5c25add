package kz.reglament.security;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import kz.reglament.tenant.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The demo profile's staff: one user per tenant and group, named like the group ({@code aktobe.head}), all with one
 * password, printed once at start-up with the addresses to log in at.
 */
public class DemoStaff extends AbstractProcessEnginePlugin {

    private final Tenants tenants;
    private final AdministratorAccount administrator;
    private final String staffPassword;
    private final PrintStream console;

    public DemoStaff(Tenants tenants, AdministratorAccount administrator, DemoProperties demo, PrintStream console) {
        this.tenants = tenants;
        this.administrator = administrator;
        this.staffPassword = demo.staffPassword() == null || demo.staffPassword().isBlank()
                ? GeneratedPasswords.generate() : demo.staffPassword();
        this.console = console;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (String tenantId : tenants.ids()) {
            for (String groupId : tenants.staffGroupIds(tenantId)) {
                User user = identity.createUserQuery().userId(groupId).singleResult();
                if (user == null) {
                    user = identity.newUser(groupId);
                    user.setFirstName(groupId.substring(tenantId.length() + 1));
                    user.setLastName(tenantId);
                    user.setEmail(groupId + "@demo.reglament.kz");
                }
                user.setPassword(staffPassword);
                identity.saveUser(user);
                if (identity.createUserQuery().userId(groupId).memberOfGroup(groupId).count() == 0) {
                    identity.createMembership(groupId, groupId);
                }
            }
        }
    }

    @EventListener
    public void printLogins(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String base = "http://localhost:" + port;
        List<String> lines = new ArrayList<>();
        lines.add("Reglament demo is running.");
        lines.add("  Tasklist: " + base + "/camunda/app/tasklist/");
        lines.add("  Cockpit:  " + base + "/camunda/app/cockpit/");
        lines.add("  Admin:    " + base + "/camunda/app/admin/");
        lines.add("  Administrator: " + administrator.id() + " / "
                + (administrator.generated() ? administrator.password() : "(from REGLAMENT_ADMIN_PASSWORD)"));
        lines.add("  Staff password for every user below: " + staffPassword);
        for (String tenantId : tenants.ids()) {
            lines.add("  " + tenantId + ": " + String.join(", ", tenants.staffGroupIds(tenantId)));
        }
        String rule = "=".repeat(lines.stream().mapToInt(String::length).max().orElse(40));
        console.println(rule);
        lines.forEach(console::println);
        console.println(rule);
    }
}
