package org.mscu.victim.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static Instant h(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    private static TimeWindow w(int fromHour, int toHour) {
        return new TimeWindow(h(fromHour), h(toHour));
    }

    @Test
    void adjacentShiftsLeaveNoGap() {
        assertThat(Coverage.gaps(w(0, 24), List.of(w(0, 8), w(8, 16), w(16, 24)))).isEmpty();
    }

    @Test
    void overlappingShiftsAreMergedIntoOneCoveredStretch() {
        assertThat(Coverage.merge(w(0, 24), List.of(w(6, 14), w(0, 8), w(12, 20)))).containsExactly(w(0, 20));
        assertThat(Coverage.gaps(w(0, 24), List.of(w(6, 14), w(0, 8), w(12, 20)))).containsExactly(w(20, 24));
    }

    @Test
    void disjointShiftsLeaveTheExactGapsBetweenThem() {
        assertThat(Coverage.gaps(w(0, 24), List.of(w(2, 6), w(10, 12), w(12, 18))))
                .containsExactly(w(0, 2), w(6, 10), w(18, 24));
    }

    @Test
    void aWindowStartingInsideAShiftIsCoveredFromItsStart() {
        TimeWindow window = new TimeWindow(h(5).plusSeconds(60), h(30));
        assertThat(Coverage.gaps(window, List.of(w(0, 8), w(8, 20))))
                .containsExactly(new TimeWindow(h(20), h(30)));
    }

    @Test
    void aShiftContainedInAnotherAddsNothing() {
        assertThat(Coverage.gaps(w(0, 10), List.of(w(0, 10), w(2, 3)))).isEmpty();
    }

    @Test
    void anEmptyRotaIsOneGapOverTheWholeWindow() {
        assertThat(Coverage.gaps(w(0, 72), List.of())).containsExactly(w(0, 72));
    }

    @Test
    void shiftsOutsideTheWindowAreIgnoredAndGapsAreExactToTheSecond() {
        Instant oneSecondEarly = h(8).minusSeconds(1);
        assertThat(Coverage.gaps(w(0, 16), List.of(w(-10, -2), new TimeWindow(h(0), oneSecondEarly), w(8, 16), w(20, 30))))
                .containsExactly(new TimeWindow(oneSecondEarly, h(8)));
    }
}
