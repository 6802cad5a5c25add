package kz.reglament.support;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Sets the engine's clock to a moment written with its Kazakhstan offset, e.g. "2026-03-17T10:00+05:00". */
public final class EngineClock {

    private EngineClock() {
    }

    public static Date at(String moment) {
        Date date = Date.from(OffsetDateTime.parse(moment).toInstant());
        ClockUtil.setCurrentTime(date);
        return date;
    }

    public static Date moment(String moment) {
        return Date.from(OffsetDateTime.parse(moment).toInstant());
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
