package org.mscu.victim.rota;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Rota coverage maths: which parts of a window no shift covers. Shifts are merged when they overlap or
 * touch (one ends the instant the next starts), clipped to the window, and the exact gaps between them
 * returned in order.
 */
public final class Coverage {

    private Coverage() {
    }

    public static List<TimeWindow> gaps(TimeWindow window, Collection<TimeWindow> shifts) {
        List<TimeWindow> gaps = new ArrayList<>();
        Instant cursor = window.from();
        for (TimeWindow covered : merge(window, shifts)) {
            if (covered.from().isAfter(cursor)) {
                gaps.add(new TimeWindow(cursor, covered.from()));
            }
            cursor = covered.to();
        }
        if (cursor.isBefore(window.to())) {
            gaps.add(new TimeWindow(cursor, window.to()));
        }
        return gaps;
    }

    /** The shifts inside the window, merged where they overlap or touch, in order. */
    public static List<TimeWindow> merge(TimeWindow window, Collection<TimeWindow> shifts) {
        List<TimeWindow> clipped = shifts.stream()
                .filter(window::overlaps)
                .map(s -> new TimeWindow(max(s.from(), window.from()), min(s.to(), window.to())))
                .sorted(Comparator.comparing(TimeWindow::from))
                .toList();
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow shift : clipped) {
            if (!merged.isEmpty() && !shift.from().isAfter(merged.getLast().to())) {
                TimeWindow last = merged.removeLast();
                merged.add(new TimeWindow(last.from(), max(last.to(), shift.to())));
            } else {
                merged.add(shift);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
