package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import kz.reglament.support.EngineClock;
import kz.reglament.support.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;

@ServiceTest
class CalendarHealthTest {

    @Autowired
    CalendarHealthIndicator indicator;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void realTimeAgain() {
        EngineClock.reset();
    }

    @Test
    void healthIsUpWhileThisYearAndTheNextHaveHolidayData() {
        EngineClock.at("2026-06-01T10:00+05:00");

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("coveredYears", "2015-2027");
    }

    @Test
    void aYearWithoutDataIsALoudStatusInHealthNotASilentFiveDayWeek() {
        EngineClock.at("2027-06-01T10:00+05:00");

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(CalendarHealthIndicator.MISSING_DATA);
        assertThat(health.getDetails().get("missingYears").toString()).isEqualTo("[2028]");
        String overall = rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD)
                .getForObject("/actuator/health", String.class);
        assertThat(overall).contains("\"status\":\"MISSING_CALENDAR_DATA\"").contains("\"missingYears\":[2028]");
    }
}
