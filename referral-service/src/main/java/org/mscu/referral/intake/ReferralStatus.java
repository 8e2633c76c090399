package org.mscu.referral.intake;

public enum ReferralStatus {
    RECEIVED, TRIAGED, ACCEPTED, NO_FURTHER_ACTION, CLOSED
}
