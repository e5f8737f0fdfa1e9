package ru.zabota.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * How every page writes a date: {@code dd.MM.yyyy}, and {@code dd.MM.yyyy HH:mm} for a moment, in the office's time
 * zone ({@code zabota.office.time-zone}, Asia/Yekaterinburg for the demo region). Templates call it as
 * {@code ${@dates.date(x)}} and {@code ${@dates.dateTime(x)}}; an empty value is «—».
 */
@Component("dates")
public class Dates {
    public static final String DATE = "dd.MM.yyyy";
    public static final String DATE_TIME = "dd.MM.yyyy HH:mm";
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern(DATE);
    private static final DateTimeFormatter DATE_TIME_FORMAT = DateTimeFormatter.ofPattern(DATE_TIME);

    private final ZoneId zone;

    public Dates(@Value("${zabota.office.time-zone:Asia/Yekaterinburg}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(Object value) {
        TemporalAccessor t = local(value);
        return t == null ? "—" : DATE_FORMAT.format(t);
    }

    public String dateTime(Object value) {
        TemporalAccessor t = local(value);
        if (t == null) return "—";
        if (t instanceof LocalDate d) return DATE_FORMAT.format(d);
        return DATE_TIME_FORMAT.format(t);
    }

    /** A moment in the office's zone; a local date or date-time is already the office's. */
    private TemporalAccessor local(Object value) {
        if (value == null) return null;
        if (value instanceof LocalDate d) return d;
        if (value instanceof LocalDateTime d) return d;
        if (value instanceof Instant i) return i.atZone(zone);
        if (value instanceof ZonedDateTime z) return z.withZoneSameInstant(zone);
        if (value instanceof OffsetDateTime o) return o.atZoneSameInstant(zone);
        if (value instanceof Date d) return Instant.ofEpochMilli(d.getTime()).atZone(zone);
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }
}
