package org.mscu.referral.crime;

/** Where a referral stands against its NCRS crime-recording duty. */
public enum CrimeRecordingStatus {
    PENDING, COMPLIANT, LATE, OVERDUE, NOT_REQUIRED
}
