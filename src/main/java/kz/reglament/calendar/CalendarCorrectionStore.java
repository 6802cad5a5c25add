package kz.reglament.calendar;

import static kz.reglament.persistence.UtcTimestamps.utc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The administrators' corrections of the calendar, kept in the service's database. */
@Repository
public class CalendarCorrectionStore {

    private final JdbcTemplate jdbc;

    public CalendarCorrectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarCorrection> all() {
        return jdbc.query("select calendar_date, working, reason, corrected_by, corrected_at from rgl_calendar_correction"
                        + " order by corrected_at",
                (row, index) -> new CalendarCorrection(row.getObject("calendar_date", LocalDate.class),
                        row.getBoolean("working"), row.getString("reason"), row.getString("corrected_by"),
                        row.getObject("corrected_at", OffsetDateTime.class).toInstant()));
    }

    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from rgl_calendar_correction", Integer.class);
        return count == null ? 0 : count;
    }

    public void add(CalendarCorrection correction) {
        jdbc.update("insert into rgl_calendar_correction (id, calendar_date, working, reason, corrected_by, corrected_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), correction.date(), correction.working(), correction.reason(),
                correction.correctedBy(), utc(correction.correctedAt()));
    }
}
