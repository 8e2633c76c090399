package org.mscu.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.seed.RotaSeeder.PlannedShift;
import org.mscu.seed.SeedData.ReferralPlan;

/** The rota plan: a week of 12-hour shifts from the first run with one gap, and the same week on every later run. */
class RotaSeederTest {

    private static final Instant MONDAY_NIGHT = Instant.parse("2026-11-30T00:17:00Z");
    /** Later runs: across 08:00 or 20:00 UTC, the next day, past the Wednesday gap, after the seeded week. */
    private static final List<Duration> LATER = List.of(Duration.ofMinutes(1), Duration.ofHours(5), Duration.ofHours(12),
            Duration.ofHours(13), Duration.ofDays(1), Duration.ofDays(3).plusHours(7), Duration.ofDays(8), Duration.ofDays(60));

    @Test
    void plansAWeekOfTwelveHourShiftsFromTheFirstRunWithOneSixHourGap() {
        for (int hour = 0; hour < 24 * 7; hour += 5) {
            Instant firstRun = MONDAY_NIGHT.plus(Duration.ofHours(hour));
            List<PlannedShift> shifts = RotaSeeder.plan(run(firstRun), 3);
            assertEquals(RotaSeeder.SHIFTS_PER_WEEK, shifts.size());
            assertFalse(shifts.getFirst().start().isAfter(firstRun));
            assertTrue(shifts.getFirst().start().plus(RotaSeeder.SHIFT).isAfter(firstRun), "the first shift runs at " + firstRun);
            int gaps = 0;
            for (int i = 1; i < shifts.size(); i++) {
                assertEquals(RotaSeeder.SHIFT, Duration.between(shifts.get(i - 1).start(), shifts.get(i).start()));
                gaps += shifts.get(i - 1).end().equals(shifts.get(i).start()) ? 0 : 1;
            }
            gaps += shifts.getLast().end().equals(shifts.getLast().start().plus(RotaSeeder.SHIFT)) ? 0 : 1;
            assertEquals(1, gaps, "one gap in the week from " + firstRun);
        }
    }

    @Test
    void aSecondRunAtALaterHourPlansExactlyTheFirstRunsShifts() {
        ReferralPlan referral = SeedData.load(new ObjectMapper()).referrals().getFirst();
        for (int hour = 0; hour < 24 * 7; hour += 5) {
            Times first = run(MONDAY_NIGHT.plus(Duration.ofHours(hour)));
            List<PlannedShift> seeded = RotaSeeder.plan(first, 3);
            // the later run knows the epoch only from a referral the first run created
            Instant epochFound = ReferralSeeder.epoch(referral, ReferralSeeder.receivedAt(referral, first.epoch()));
            for (Duration later : LATER) {
                Times second = run(first.now().plus(later)).since(epochFound);
                assertEquals(seeded, RotaSeeder.plan(second, 3), "a run " + later + " after one at " + first.now());
            }
        }
    }

    private static Times run(Instant at) {
        return new Times(Clock.fixed(at, ZoneOffset.UTC));
    }
}
