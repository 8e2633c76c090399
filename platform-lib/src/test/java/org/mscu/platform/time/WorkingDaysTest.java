package org.mscu.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    // England and Wales, Easter and Christmas 2026
    private final WorkingDays days = new WorkingDays(Set.of(
            LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
            LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));

    @Test
    void fiveWorkingDaysFromMondayIsNextMonday() {
        assertEquals(LocalDate.parse("2026-11-30"), days.plus(LocalDate.parse("2026-11-23"), 5));
    }

    @Test
    void fiveWorkingDaysFromFridaySkipsTheWeekend() {
        assertEquals(LocalDate.parse("2026-12-04"), days.plus(LocalDate.parse("2026-11-27"), 5));
    }

    @Test
    void submissionOnSaturdayCountsFromMonday() {
        assertEquals(LocalDate.parse("2026-12-04"), days.plus(LocalDate.parse("2026-11-28"), 5));
    }

    @Test
    void skipsGoodFridayAndEasterMonday() {
        // Thu 2 Apr + 5 working days: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13
        assertEquals(LocalDate.parse("2026-04-13"), days.plus(LocalDate.parse("2026-04-02"), 5));
    }

    @Test
    void skipsChristmasAndTheSubstituteBoxingDay() {
        // Wed 23 Dec + 5: Thu 24, Tue 29, Wed 30, Thu 31, Fri 1 Jan (not configured here)
        assertEquals(LocalDate.parse("2027-01-01"), days.plus(LocalDate.parse("2026-12-23"), 5));
    }

    @Test
    void bankHolidayIsNotAWorkingDay() {
        assertFalse(days.isWorkingDay(LocalDate.parse("2026-12-28")));
    }
}
