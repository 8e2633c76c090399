package org.mscu.accommodation.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlacementStatusTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    @Test
    void aPlacementStartingTodayIsActiveAndOneStartingTomorrowIsPlanned() {
        assertEquals(PlacementStatus.ACTIVE, PlacementStatus.initial(TODAY, TODAY));
        assertEquals(PlacementStatus.PLANNED, PlacementStatus.initial(TODAY.plusDays(1), TODAY));
    }

    @Test
    void onlyPlannedPlacementsStartOrCancelAndOnlyActiveOnesEnd() {
        assertTrue(PlacementStatus.PLANNED.canStart());
        assertTrue(PlacementStatus.PLANNED.canCancel());
        assertFalse(PlacementStatus.PLANNED.canEnd());
        assertTrue(PlacementStatus.ACTIVE.canEnd());
        assertFalse(PlacementStatus.ACTIVE.canStart());
        assertFalse(PlacementStatus.ACTIVE.canCancel());
        for (PlacementStatus terminal : new PlacementStatus[] {PlacementStatus.ENDED, PlacementStatus.CANCELLED}) {
            assertFalse(terminal.canStart());
            assertFalse(terminal.canEnd());
            assertFalse(terminal.canCancel());
            assertFalse(terminal.canExtend());
        }
    }
}
