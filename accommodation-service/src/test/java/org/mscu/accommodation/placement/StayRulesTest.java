package org.mscu.accommodation.placement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mscu.platform.time.WorkingDays;
import org.mscu.platform.problem.ProblemException;

class StayRulesTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
    private static final LocalDate FRIDAY = LocalDate.parse("2026-12-04");

    private final StayRules rules = new StayRules(new WorkingDays(Set.of()), 3);

    @Test
    void defaultsThePlannedEndToThreeWorkingDays() {
        assertEquals(LocalDate.parse("2026-12-03"), rules.plannedTo(MONDAY, null, MONDAY));
        assertEquals(LocalDate.parse("2026-12-09"), rules.plannedTo(FRIDAY, null, MONDAY));
    }

    @Test
    void acceptsAStayOfExactlyTheMaximum() {
        assertEquals(LocalDate.parse("2026-12-09"), rules.plannedTo(FRIDAY, LocalDate.parse("2026-12-09"), MONDAY));
    }

    @Test
    void refusesAStayOneDayLongerThanTheMaximum() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> rules.plannedTo(FRIDAY, LocalDate.parse("2026-12-10"), MONDAY));
        assertEquals(422, e.status());
        assertEquals("MAX_STAY_EXCEEDED", e.code());
    }

    @Test
    void acceptsAOneNightStay() {
        assertEquals(MONDAY.plusDays(1), rules.plannedTo(MONDAY, MONDAY.plusDays(1), MONDAY));
    }

    @Test
    void refusesAnEndOnOrBeforeTheStart() {
        assertEquals(400, assertThrows(ProblemException.class, () -> rules.plannedTo(MONDAY, MONDAY, MONDAY)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> rules.plannedTo(MONDAY, MONDAY.minusDays(1), MONDAY)).status());
    }

    @Test
    void refusesAStartInThePast() {
        ProblemException e = assertThrows(ProblemException.class, () -> rules.plannedTo(MONDAY.minusDays(1), null, MONDAY));
        assertEquals("from", e.errors().get(0).field());
    }

    @Test
    void extendsOnlyToALaterDateAndOnlyWhileRunning() {
        assertDoesNotThrow(() -> rules.checkExtension(PlacementStatus.ACTIVE, MONDAY, MONDAY.plusDays(1)));
        assertDoesNotThrow(() -> rules.checkExtension(PlacementStatus.PLANNED, MONDAY, MONDAY.plusDays(30)));
        assertEquals(400, assertThrows(ProblemException.class,
                () -> rules.checkExtension(PlacementStatus.ACTIVE, MONDAY, MONDAY)).status());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ProblemException.class,
                () -> rules.checkExtension(PlacementStatus.ENDED, MONDAY, MONDAY.plusDays(1))).code());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ProblemException.class,
                () -> rules.checkExtension(PlacementStatus.CANCELLED, MONDAY, MONDAY.plusDays(1))).code());
    }

    @Test
    void endsOnlyAnActivePlacementBetweenItsStartAndToday() {
        assertDoesNotThrow(() -> rules.checkEnd(PlacementStatus.ACTIVE, MONDAY, MONDAY, MONDAY));
        assertDoesNotThrow(() -> rules.checkEnd(PlacementStatus.ACTIVE, MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(2)));
        assertEquals(400, assertThrows(ProblemException.class,
                () -> rules.checkEnd(PlacementStatus.ACTIVE, MONDAY, MONDAY.minusDays(1), MONDAY)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> rules.checkEnd(PlacementStatus.ACTIVE, MONDAY, MONDAY.plusDays(1), MONDAY)).status());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ProblemException.class,
                () -> rules.checkEnd(PlacementStatus.PLANNED, MONDAY, MONDAY, MONDAY)).code());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ProblemException.class,
                () -> rules.checkEnd(PlacementStatus.ENDED, MONDAY, MONDAY, MONDAY)).code());
    }

    @Test
    void anEarlyEndFreesTheBedFromThatDayAndALateEndNeverHoldsItLonger() {
        assertEquals(MONDAY.plusDays(1), StayRules.occupiedUntil(MONDAY.plusDays(3), MONDAY.plusDays(1)));
        assertEquals(MONDAY.plusDays(3), StayRules.occupiedUntil(MONDAY.plusDays(3), MONDAY.plusDays(5)));
        assertEquals(MONDAY.plusDays(3), StayRules.occupiedUntil(MONDAY.plusDays(3), null));
    }
}
