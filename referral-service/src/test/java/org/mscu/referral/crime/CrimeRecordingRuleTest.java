package org.mscu.referral.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrimeRecordingRuleTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-29T09:30:00Z");
    private static final Instant DUE = Instant.parse("2026-11-30T09:30:00Z");
    private final CrimeRecordingRule rule = new CrimeRecordingRule(Duration.ofHours(24));

    @Test
    void isDueTwentyFourHoursAfterReceipt() {
        assertEquals(DUE, rule.dueBy(RECEIVED));
    }

    @Test
    void isPendingUpToAndIncludingTheDeadline() {
        assertEquals(CrimeRecordingStatus.PENDING, rule.status(RECEIVED, null, false, RECEIVED));
        assertEquals(CrimeRecordingStatus.PENDING, rule.status(RECEIVED, null, false, DUE));
    }

    @Test
    void isOverdueOneSecondAfterTheDeadline() {
        assertEquals(CrimeRecordingStatus.OVERDUE, rule.status(RECEIVED, null, false, DUE.plusSeconds(1)));
    }

    @Test
    void isCompliantWhenRecordedExactlyAtTheDeadline() {
        assertEquals(CrimeRecordingStatus.COMPLIANT, rule.status(RECEIVED, DUE, false, DUE.plusSeconds(3600)));
    }

    @Test
    void isLateWhenRecordedOneSecondAfterTheDeadline() {
        assertEquals(CrimeRecordingStatus.LATE, rule.status(RECEIVED, DUE.plusSeconds(1), false, DUE.plusSeconds(3600)));
    }

    @Test
    void isNotRequiredAfterANoCrimeDecisionEvenPastTheDeadline() {
        assertEquals(CrimeRecordingStatus.NOT_REQUIRED, rule.status(RECEIVED, null, true, DUE.plusSeconds(86_400)));
    }

    @Test
    void honoursAConfiguredDeadline() {
        CrimeRecordingRule twelveHours = new CrimeRecordingRule(Duration.ofHours(12));
        assertEquals(CrimeRecordingStatus.OVERDUE,
                twelveHours.status(RECEIVED, null, false, RECEIVED.plus(Duration.ofHours(12)).plusSeconds(1)));
    }

    @Test
    void refusesANonPositiveDeadline() {
        assertThrows(IllegalArgumentException.class, () -> new CrimeRecordingRule(Duration.ZERO));
    }
}
