package org.mscu.referral.nrm;

public enum GroundsOutcome {
    POSITIVE, NEGATIVE
}
