package kz.reglament.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;

/** A period of days asked for in a query: it must not end before it starts, nor span more than a year and a bit. */
public final class ReportPeriod {

    public static final int LONGEST_DAYS = 400;

    private ReportPeriod() {
    }

    public static void check(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > LONGEST_DAYS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PERIOD", LONGEST_DAYS);
        }
    }
}
