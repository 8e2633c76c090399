package org.mscu.referral.nrm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mscu.referral.intake.RuleViolation;

/**
 * The NRM state of one referral and its rules (domain.md): a child is referred without consent and
 * never through Duty to Notify; an adult needs consent, or gets a Duty to Notify; Reasonable Grounds
 * follows submission (target: 5 working days); a positive decision opens a recovery period of 30 days;
 * Conclusive Grounds follows a positive Reasonable Grounds decision once the recovery period has ended.
 */
public record NrmCase(NrmStage stage, Instant submittedAt, Instant dutyToNotifyAt,
                      GroundsOutcome reasonableGrounds, Instant reasonableGroundsAt,
                      GroundsOutcome conclusiveGrounds, Instant conclusiveGroundsAt) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public static NrmCase notSubmitted() {
        return new NrmCase(NrmStage.NOT_SUBMITTED, null, null, null, null, null, null);
    }

    /** Applies an action; throws {@link RuleViolation} for an illegal one, IllegalArgumentException for a malformed one. */
    public NrmCase apply(NrmAction action, GroundsOutcome outcome, Instant at, boolean child, boolean consent,
                         NrmTimetable timetable) {
        boolean decision = action == NrmAction.REASONABLE_GROUNDS || action == NrmAction.CONCLUSIVE_GROUNDS;
        if (decision && outcome == null) {
            throw new IllegalArgumentException("an outcome (POSITIVE or NEGATIVE) is needed for " + action);
        }
        if (!decision && outcome != null) {
            throw new IllegalArgumentException("an outcome is given only for grounds decisions");
        }
        return switch (action) {
            case SUBMIT -> submit(at, child, consent);
            case DUTY_TO_NOTIFY -> dutyToNotify(at, child, consent);
            case REASONABLE_GROUNDS -> reasonableGrounds(outcome, at);
            case CONCLUSIVE_GROUNDS -> conclusiveGrounds(outcome, at, timetable);
        };
    }

    private NrmCase submit(Instant at, boolean child, boolean consent) {
        requireStage(NrmStage.NOT_SUBMITTED, NrmAction.SUBMIT);
        if (!child && !consent) {
            throw new RuleViolation("CONSENT_REQUIRED",
                    "An adult can be referred to the NRM only with informed consent; file DUTY_TO_NOTIFY instead");
        }
        return new NrmCase(NrmStage.SUBMITTED, at, null, null, null, null, null);
    }

    private NrmCase dutyToNotify(Instant at, boolean child, boolean consent) {
        requireStage(NrmStage.NOT_SUBMITTED, NrmAction.DUTY_TO_NOTIFY);
        if (child) {
            throw new RuleViolation("CHILD_MUST_BE_REFERRED",
                    "A child (or a person whose age is disputed) is always referred to the NRM: use SUBMIT");
        }
        if (consent) {
            throw new RuleViolation("CONSENT_GIVEN",
                    "The adult consented to an NRM referral: use SUBMIT rather than DUTY_TO_NOTIFY");
        }
        return new NrmCase(NrmStage.DUTY_TO_NOTIFY, null, at, null, null, null, null);
    }

    private NrmCase reasonableGrounds(GroundsOutcome outcome, Instant at) {
        requireStage(NrmStage.SUBMITTED, NrmAction.REASONABLE_GROUNDS);
        if (at.isBefore(submittedAt)) {
            throw new RuleViolation("DECISION_BEFORE_SUBMISSION", "A Reasonable Grounds decision cannot precede the submission");
        }
        NrmStage next = outcome == GroundsOutcome.POSITIVE
                ? NrmStage.REASONABLE_GROUNDS_POSITIVE : NrmStage.REASONABLE_GROUNDS_NEGATIVE;
        return new NrmCase(next, submittedAt, null, outcome, at, null, null);
    }

    private NrmCase conclusiveGrounds(GroundsOutcome outcome, Instant at, NrmTimetable timetable) {
        requireStage(NrmStage.REASONABLE_GROUNDS_POSITIVE, NrmAction.CONCLUSIVE_GROUNDS);
        LocalDate recoveryEnds = timetable.recoveryPeriodEndsOn(reasonableGroundsAt);
        if (at.atZone(UK).toLocalDate().isBefore(recoveryEnds)) {
            throw new RuleViolation("RECOVERY_PERIOD_NOT_ENDED",
                    "A Conclusive Grounds decision is made after the recovery period, which ends on " + recoveryEnds);
        }
        NrmStage next = outcome == GroundsOutcome.POSITIVE
                ? NrmStage.CONCLUSIVE_GROUNDS_POSITIVE : NrmStage.CONCLUSIVE_GROUNDS_NEGATIVE;
        return new NrmCase(next, submittedAt, null, reasonableGrounds, reasonableGroundsAt, outcome, at);
    }

    private void requireStage(NrmStage expected, NrmAction action) {
        if (stage != expected) {
            throw new RuleViolation("ILLEGAL_TRANSITION",
                    action + " is not possible at NRM stage " + stage + " (only at " + expected + ")");
        }
    }

    /** The Reasonable Grounds target date, once submitted. */
    public LocalDate reasonableGroundsDueBy(NrmTimetable timetable) {
        return submittedAt == null ? null : timetable.reasonableGroundsDueBy(submittedAt);
    }

    /** Late when decided after the target date, or still undecided after it. */
    public boolean reasonableGroundsLate(NrmTimetable timetable, Instant now) {
        LocalDate due = reasonableGroundsDueBy(timetable);
        if (due == null) {
            return false;
        }
        Instant decidedOrNow = reasonableGroundsAt != null ? reasonableGroundsAt : now;
        return decidedOrNow.atZone(UK).toLocalDate().isAfter(due);
    }

    public LocalDate recoveryPeriodEndsOn(NrmTimetable timetable) {
        return reasonableGrounds == GroundsOutcome.POSITIVE ? timetable.recoveryPeriodEndsOn(reasonableGroundsAt) : null;
    }
}
