package ru.zabota.workflow;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));

    @Test
    void skipsWeekends() {
        // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 10)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void skipsHolidays() {
        // Wednesday 2026-12-30 + 1 → Thursday 31st is a holiday, Friday 1st too → Monday 2027-01-04
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
    }
}
