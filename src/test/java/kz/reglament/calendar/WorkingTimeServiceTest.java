package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import kz.reglament.tenant.TenantProperties;
import kz.reglament.tenant.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class WorkingTimeServiceTest {

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true).addScript("db/migration/V1__calendar_and_terms.sql").build();

    @AfterEach
    void dropDatabase() {
        database.shutdown();
    }

    @Test
    void eachTenantCountsItsOwnWorkingHoursAsConfigured() {
        WorkingTimeService service = serviceFor(tenantsFor(Map.of(
                "reglament.tenants.aktobe.groups[0]", "head",
                "reglament.tenants.east-kazakhstan.groups[0]", "head",
                "reglament.tenants.east-kazakhstan.working-hours.opening", "08:00",
                "reglament.tenants.east-kazakhstan.working-hours.lunch-start", "12:00",
                "reglament.tenants.east-kazakhstan.working-hours.lunch-end", "13:00",
                "reglament.tenants.east-kazakhstan.working-hours.closing", "17:00")));
        Instant mondayMorning = OffsetDateTime.parse("2025-02-10T11:00+05:00").toInstant();

        assertThat(service.deadline("aktobe", mondayMorning, RegulatedTerm.parse("4 working hours")))
                .isEqualTo(OffsetDateTime.parse("2025-02-10T16:30+05:00").toInstant());
        assertThat(service.deadline("east-kazakhstan", mondayMorning, RegulatedTerm.parse("4 working hours")))
                .isEqualTo(OffsetDateTime.parse("2025-02-10T16:00+05:00").toInstant());
        assertThat(service.deadline("east-kazakhstan", mondayMorning, RegulatedTerm.parse("1 working day")))
                .isEqualTo(OffsetDateTime.parse("2025-02-11T17:00+05:00").toInstant());
    }

    @Test
    void aCorrectionIsStoredAndChangesTheDeadlinesComputedAfterIt() {
        Tenants tenants = tenantsFor(Map.of("reglament.tenants.aktobe.groups[0]", "head"));
        WorkingTimeService service = serviceFor(tenants);
        Instant thursday = OffsetDateTime.parse("2025-11-13T10:00+05:00").toInstant();
        assertThat(service.deadline("aktobe", thursday, RegulatedTerm.parse("1 working day")))
                .isEqualTo(OffsetDateTime.parse("2025-11-14T18:30+05:00").toInstant());

        service.correct(new CalendarCorrection(LocalDate.of(2025, 11, 14), false, "test day off", "admin",
                Instant.parse("2025-11-01T00:00:00Z")));

        assertThat(service.deadline("aktobe", thursday, RegulatedTerm.parse("1 working day")))
                .isEqualTo(OffsetDateTime.parse("2025-11-17T18:30+05:00").toInstant());
        WorkingTimeService restarted = serviceFor(tenants);
        assertThat(restarted.calendar().isWorkingDay(LocalDate.of(2025, 11, 14))).isFalse();
    }

    private WorkingTimeService serviceFor(Tenants tenants) {
        return new WorkingTimeService(new CalendarCorrectionStore(new JdbcTemplate(database)), tenants);
    }

    private static Tenants tenantsFor(Map<String, String> configuration) {
        return new Tenants(new Binder(new MapConfigurationPropertySource(configuration))
                .bind("reglament", TenantProperties.class).get());
    }
}
