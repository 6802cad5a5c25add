package kz.reglament.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    @Test
    void standardHoursAreNineToHalfPastSixWithAnHourAndAHalfForLunch() {
        assertThat(WorkingHours.STANDARD.opening()).isEqualTo(LocalTime.of(9, 0));
        assertThat(WorkingHours.STANDARD.closing()).isEqualTo(LocalTime.of(18, 30));
        assertThat(WorkingHours.STANDARD.dailyWorkingTime()).isEqualTo(Duration.ofHours(8));
        assertThat(WorkingHours.STANDARD).hasToString("09:00–18:30, lunch 13:00–14:30");
    }

    @Test
    void hoursWithoutLunchCountEveryMinuteBetweenOpeningAndClosing() {
        WorkingHours hours = WorkingHours.withoutLunch(LocalTime.of(8, 0), LocalTime.of(20, 0));

        assertThat(hours.dailyWorkingTime()).isEqualTo(Duration.ofHours(12));
        assertThat(hours).hasToString("08:00–20:00");
    }

    @Test
    void refusesHoursThatCannotBeWorked() {
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(18, 0), LocalTime.of(18, 0), LocalTime.of(18, 0),
                LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opening 18:00 must be before closing 09:00");
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(9, 0), LocalTime.of(8, 0), LocalTime.of(9, 30),
                LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lunch 08:00–09:30 must lie within 09:00–18:00");
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(9, 0), LocalTime.of(14, 0), LocalTime.of(13, 0),
                LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
