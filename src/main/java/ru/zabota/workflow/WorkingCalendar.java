package ru.zabota.workflow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.zabota.TimeConfig;

import java.time.*;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deadlines in working days: weekends and the configured public holidays ({@code zabota.calendar.holidays})
 * are skipped. Used from BPMN as {@code ${workingCalendar.dueAfter(10)}} for timers and task due dates;
 * "now" is the engine clock, so process tests move time with {@code ClockUtil}.
 */
@Component("workingCalendar")
public class WorkingCalendar {
    /** Deadlines fall due at the end of the office day, region time. */
    static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    private final Set<LocalDate> holidays;

    public WorkingCalendar(@Value("${zabota.calendar.holidays:}") List<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) left--;
        }
        return day;
    }

    /** End of the office day {@code days} working days after the engine's "now". */
    public Date dueAfter(int days) {
        LocalDate today = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .atZone(TimeConfig.REGION_ZONE).toLocalDate();
        return Date.from(addWorkingDays(today, days).atTime(END_OF_DAY).atZone(TimeConfig.REGION_ZONE).toInstant());
    }
}
