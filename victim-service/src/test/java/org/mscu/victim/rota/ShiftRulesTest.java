package org.mscu.victim.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aShiftOfExactlyTwentyFourHoursIsValid() {
        assertThat(ShiftRules.violation(START, START.plusSeconds(24 * 3600))).isEmpty();
    }

    @Test
    void aShiftOneSecondLongerThanTwentyFourHoursIsRejected() {
        assertThat(ShiftRules.violation(START, START.plusSeconds(24 * 3600 + 1))).contains("a shift lasts at most 24 hours");
    }

    @Test
    void aShiftEndingWhenItStartsIsRejected() {
        assertThat(ShiftRules.violation(START, START)).contains("must be after start");
        assertThat(ShiftRules.violation(START, START.minusSeconds(1))).contains("must be after start");
    }
}
