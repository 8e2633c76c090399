package org.mscu.victim.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapNoveltyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static TimeWindow w(int fromHour, int toHour) {
        return new TimeWindow(T0.plusSeconds(fromHour * 3600L), T0.plusSeconds(toHour * 3600L));
    }

    @Test
    void aGapNeverReportedIsNew() {
        assertThat(GapNovelty.newGaps(w(0, 72), List.of(w(10, 12)), List.of())).containsExactly(w(10, 12));
    }

    @Test
    void theSameGapSeenByALaterRunIsNotNewAgain() {
        assertThat(GapNovelty.newGaps(w(1, 73), List.of(w(10, 12)), List.of(w(10, 12)))).isEmpty();
    }

    @Test
    void aGapStillRunningAtTheWindowStartIsNotNewAgain() {
        assertThat(GapNovelty.newGaps(w(11, 83), List.of(w(11, 12)), List.of(w(10, 12)))).isEmpty();
    }

    @Test
    void aTrailingGapThatGrowsWithTheWindowIsNotNewAgain() {
        assertThat(GapNovelty.newGaps(w(1, 73), List.of(w(60, 73)), List.of(w(60, 72)))).isEmpty();
    }

    @Test
    void aDifferentGapStartingElsewhereIsNew() {
        assertThat(GapNovelty.newGaps(w(0, 72), List.of(w(10, 12), w(30, 31)), List.of(w(10, 12))))
                .containsExactly(w(30, 31));
    }

    @Test
    void aGapReopenedAfterItsReportEndedIsNew() {
        assertThat(GapNovelty.newGaps(w(0, 72), List.of(w(14, 16)), List.of(w(10, 12)))).containsExactly(w(14, 16));
    }
}
