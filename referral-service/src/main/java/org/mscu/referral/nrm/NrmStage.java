package org.mscu.referral.nrm;

/** Where a referral stands in the National Referral Mechanism. */
public enum NrmStage {
    NOT_SUBMITTED,
    SUBMITTED,
    /** An adult did not consent: an anonymous Duty to Notify (MSA s.52) was filed instead. */
    DUTY_TO_NOTIFY,
    REASONABLE_GROUNDS_POSITIVE,
    REASONABLE_GROUNDS_NEGATIVE,
    CONCLUSIVE_GROUNDS_POSITIVE,
    CONCLUSIVE_GROUNDS_NEGATIVE
}
