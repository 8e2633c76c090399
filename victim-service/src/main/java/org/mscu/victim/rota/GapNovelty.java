package org.mscu.victim.rota;

import java.util.Collection;
import java.util.List;

/**
 * Decides which gaps of a look-ahead are new, so each gap is reported once although the look-ahead
 * window moves on every run. A detected gap is already known when a reported gap overlaps it and
 * either starts at the same instant (the same gap, maybe now bounded or extended at the window's end)
 * or the detected gap starts at the window's start (a gap still running since an earlier run).
 */
public final class GapNovelty {

    private GapNovelty() {
    }

    public static List<TimeWindow> newGaps(TimeWindow window, Collection<TimeWindow> detected, Collection<TimeWindow> reported) {
        return detected.stream().filter(gap -> !known(window, gap, reported)).toList();
    }

    private static boolean known(TimeWindow window, TimeWindow gap, Collection<TimeWindow> reported) {
        return reported.stream().anyMatch(r -> r.overlaps(gap)
                && (r.from().equals(gap.from()) || gap.from().equals(window.from())));
    }
}
