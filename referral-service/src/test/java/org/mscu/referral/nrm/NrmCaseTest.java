package org.mscu.referral.nrm;

import org.mscu.platform.time.WorkingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mscu.referral.intake.RuleViolation;

class NrmCaseTest {

    private static final NrmTimetable TIMETABLE =
            new NrmTimetable(new WorkingDays(Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"))), 5, 30);
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private static NrmCase submitted() {
        return NrmCase.notSubmitted().apply(NrmAction.SUBMIT, null, MONDAY, false, true, TIMETABLE);
    }

    private static NrmCase positiveRg() {
        return submitted().apply(NrmAction.REASONABLE_GROUNDS, GroundsOutcome.POSITIVE,
                Instant.parse("2026-11-27T10:00:00Z"), false, true, TIMETABLE);
    }

    @Test
    void submitsAChildWithoutConsent() {
        NrmCase c = NrmCase.notSubmitted().apply(NrmAction.SUBMIT, null, MONDAY, true, false, TIMETABLE);
        assertEquals(NrmStage.SUBMITTED, c.stage());
        assertEquals(MONDAY, c.submittedAt());
    }

    @Test
    void refusesToSubmitAnAdultWithoutConsent() {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> NrmCase.notSubmitted().apply(NrmAction.SUBMIT, null, MONDAY, false, false, TIMETABLE));
        assertEquals("CONSENT_REQUIRED", v.code());
    }

    @Test
    void filesDutyToNotifyForAnAdultWithoutConsent() {
        NrmCase c = NrmCase.notSubmitted().apply(NrmAction.DUTY_TO_NOTIFY, null, MONDAY, false, false, TIMETABLE);
        assertEquals(NrmStage.DUTY_TO_NOTIFY, c.stage());
        assertEquals(MONDAY, c.dutyToNotifyAt());
        assertNull(c.submittedAt());
    }

    @Test
    void refusesDutyToNotifyForAChild() {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> NrmCase.notSubmitted().apply(NrmAction.DUTY_TO_NOTIFY, null, MONDAY, true, false, TIMETABLE));
        assertEquals("CHILD_MUST_BE_REFERRED", v.code());
    }

    @Test
    void refusesDutyToNotifyForAnAdultWhoConsented() {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> NrmCase.notSubmitted().apply(NrmAction.DUTY_TO_NOTIFY, null, MONDAY, false, true, TIMETABLE));
        assertEquals("CONSENT_GIVEN", v.code());
    }

    @Test
    void reasonableGroundsAreDueFiveWorkingDaysAfterSubmission() {
        assertEquals(LocalDate.parse("2026-11-30"), submitted().reasonableGroundsDueBy(TIMETABLE));
    }

    @Test
    void reasonableGroundsDueDateSkipsChristmasBankHolidays() {
        NrmCase c = NrmCase.notSubmitted().apply(NrmAction.SUBMIT, null, Instant.parse("2026-12-22T10:00:00Z"),
                true, false, TIMETABLE);
        // Tue 22 Dec + 5: Wed 23, Thu 24, Tue 29, Wed 30, Thu 31
        assertEquals(LocalDate.parse("2026-12-31"), c.reasonableGroundsDueBy(TIMETABLE));
    }

    @Test
    void undecidedReasonableGroundsAreLateOnlyAfterTheDueDate() {
        NrmCase c = submitted();
        assertFalse(c.reasonableGroundsLate(TIMETABLE, Instant.parse("2026-11-30T23:00:00Z")));
        assertTrue(c.reasonableGroundsLate(TIMETABLE, Instant.parse("2026-12-01T00:30:00Z")));
    }

    @Test
    void decisionOnTheDueDateIsNotLateButTheDayAfterIs() {
        NrmCase onTime = submitted().apply(NrmAction.REASONABLE_GROUNDS, GroundsOutcome.NEGATIVE,
                Instant.parse("2026-11-30T16:00:00Z"), false, true, TIMETABLE);
        NrmCase late = submitted().apply(NrmAction.REASONABLE_GROUNDS, GroundsOutcome.NEGATIVE,
                Instant.parse("2026-12-01T09:00:00Z"), false, true, TIMETABLE);
        Instant later = Instant.parse("2027-01-01T00:00:00Z");
        assertFalse(onTime.reasonableGroundsLate(TIMETABLE, later));
        assertTrue(late.reasonableGroundsLate(TIMETABLE, later));
    }

    @Test
    void positiveReasonableGroundsOpensThirtyDayRecoveryPeriod() {
        NrmCase c = positiveRg();
        assertEquals(NrmStage.REASONABLE_GROUNDS_POSITIVE, c.stage());
        assertEquals(LocalDate.parse("2026-12-27"), c.recoveryPeriodEndsOn(TIMETABLE));
    }

    @Test
    void negativeReasonableGroundsHasNoRecoveryPeriod() {
        NrmCase c = submitted().apply(NrmAction.REASONABLE_GROUNDS, GroundsOutcome.NEGATIVE, MONDAY, false, true, TIMETABLE);
        assertNull(c.recoveryPeriodEndsOn(TIMETABLE));
    }

    @Test
    void conclusiveGroundsOnTheDayTheRecoveryPeriodEnds() {
        NrmCase c = positiveRg().apply(NrmAction.CONCLUSIVE_GROUNDS, GroundsOutcome.POSITIVE,
                Instant.parse("2026-12-27T10:00:00Z"), false, true, TIMETABLE);
        assertEquals(NrmStage.CONCLUSIVE_GROUNDS_POSITIVE, c.stage());
        assertEquals(GroundsOutcome.POSITIVE, c.reasonableGrounds());
    }

    @Test
    void refusesConclusiveGroundsDuringTheRecoveryPeriod() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> positiveRg().apply(NrmAction.CONCLUSIVE_GROUNDS,
                GroundsOutcome.POSITIVE, Instant.parse("2026-12-26T10:00:00Z"), false, true, TIMETABLE));
        assertEquals("RECOVERY_PERIOD_NOT_ENDED", v.code());
    }

    @Test
    void refusesReasonableGroundsBeforeSubmission() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> submitted().apply(NrmAction.REASONABLE_GROUNDS,
                GroundsOutcome.POSITIVE, MONDAY.minusSeconds(60), false, true, TIMETABLE));
        assertEquals("DECISION_BEFORE_SUBMISSION", v.code());
    }

    @Test
    void requiresAnOutcomeForGroundsDecisionsOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> submitted().apply(NrmAction.REASONABLE_GROUNDS, null, MONDAY, false, true, TIMETABLE));
        assertThrows(IllegalArgumentException.class, () -> NrmCase.notSubmitted()
                .apply(NrmAction.SUBMIT, GroundsOutcome.POSITIVE, MONDAY, false, true, TIMETABLE));
    }

    /** Legal transitions: NOT_SUBMITTED→SUBMITTED|DUTY_TO_NOTIFY, SUBMITTED→RG±, RG+→CG±. Everything else is 409. */
    @ParameterizedTest
    @EnumSource(NrmStage.class)
    void allowsOnlyLegalTransitionsFromEveryStage(NrmStage stage) {
        NrmCase c = new NrmCase(stage, MONDAY, null, GroundsOutcome.POSITIVE, MONDAY, null, null);
        Instant muchLater = Instant.parse("2027-06-01T10:00:00Z");
        for (NrmAction action : NrmAction.values()) {
            boolean legal = switch (action) {
                case SUBMIT, DUTY_TO_NOTIFY -> stage == NrmStage.NOT_SUBMITTED;
                case REASONABLE_GROUNDS -> stage == NrmStage.SUBMITTED;
                case CONCLUSIVE_GROUNDS -> stage == NrmStage.REASONABLE_GROUNDS_POSITIVE;
            };
            GroundsOutcome outcome = EnumSet.of(NrmAction.REASONABLE_GROUNDS, NrmAction.CONCLUSIVE_GROUNDS).contains(action)
                    ? GroundsOutcome.POSITIVE : null;
            boolean consent = action == NrmAction.SUBMIT;
            if (legal) {
                NrmCase next = c.apply(action, outcome, muchLater, false, consent, TIMETABLE);
                assertTrue(next.stage() != stage, action + " from " + stage);
            } else {
                RuleViolation v = assertThrows(RuleViolation.class,
                        () -> c.apply(action, outcome, muchLater, false, consent, TIMETABLE), action + " from " + stage);
                assertEquals("ILLEGAL_TRANSITION", v.code());
            }
        }
    }
}
