package org.mscu.referral.crime;

import java.time.Duration;
import java.time.Instant;

/**
 * The National Crime Recording Standard duty: a crime recorded within a deadline (24 hours by default)
 * of the referral being received. Computed against a given instant, never stored.
 */
public final class CrimeRecordingRule {

    private final Duration deadline;

    public CrimeRecordingRule(Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("crime-recording deadline must be positive");
        }
        this.deadline = deadline;
    }

    public Instant dueBy(Instant receivedAt) {
        return receivedAt.plus(deadline);
    }

    /**
     * @param recordedAt   when the crime was recorded, or null
     * @param noCrime      whether a "no crime" decision closed the duty
     * @param now          the instant to judge against
     */
    public CrimeRecordingStatus status(Instant receivedAt, Instant recordedAt, boolean noCrime, Instant now) {
        return statusForDue(dueBy(receivedAt), recordedAt, noCrime, now);
    }

    /** The status against a due time fixed when the referral was received (a later change of deadline does not move it). */
    public static CrimeRecordingStatus statusForDue(Instant due, Instant recordedAt, boolean noCrime, Instant now) {
        if (noCrime) {
            return CrimeRecordingStatus.NOT_REQUIRED;
        }
        if (recordedAt != null) {
            return recordedAt.isAfter(due) ? CrimeRecordingStatus.LATE : CrimeRecordingStatus.COMPLIANT;
        }
        return now.isAfter(due) ? CrimeRecordingStatus.OVERDUE : CrimeRecordingStatus.PENDING;
    }
}
