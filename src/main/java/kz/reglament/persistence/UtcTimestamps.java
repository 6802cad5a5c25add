package kz.reglament.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The service's own tables keep moments as timestamps with time zone, written in UTC whatever the server's zone. */
public final class UtcTimestamps {

    private UtcTimestamps() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
