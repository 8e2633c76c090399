package org.mscu.accommodation.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));

    @Test
    void countsThreeWorkingDaysWithinOneWeek() {
        assertEquals(LocalDate.parse("2026-12-03"), workingDays.plus(LocalDate.parse("2026-11-30"), 3));
    }

    @Test
    void skipsTheWeekendFromAFriday() {
        assertEquals(LocalDate.parse("2026-12-09"), workingDays.plus(LocalDate.parse("2026-12-04"), 3));
    }

    @Test
    void startsCountingOnMondayFromASaturday() {
        assertEquals(LocalDate.parse("2026-12-09"), workingDays.plus(LocalDate.parse("2026-12-05"), 3));
    }

    @Test
    void skipsChristmasAndTheSubstituteBoxingDayHoliday() {
        assertEquals(LocalDate.parse("2026-12-31"), workingDays.plus(LocalDate.parse("2026-12-24"), 3));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertEquals(LocalDate.parse("2026-12-05"), workingDays.plus(LocalDate.parse("2026-12-05"), 0));
    }

    @Test
    void rejectsNegativeDays() {
        assertThrows(IllegalArgumentException.class, () -> workingDays.plus(LocalDate.parse("2026-12-05"), -1));
    }

    @Test
    void knowsBankHolidaysAndWeekendsAreNotWorkingDays() {
        assertFalse(workingDays.isWorkingDay(LocalDate.parse("2026-12-25")));
        assertFalse(workingDays.isWorkingDay(LocalDate.parse("2026-12-26")));
        assertTrue(workingDays.isWorkingDay(LocalDate.parse("2026-12-29")));
    }
}
