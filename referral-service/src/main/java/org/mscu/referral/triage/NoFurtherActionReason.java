package org.mscu.referral.triage;

/** Why the unit takes no further action on a referral. */
public enum NoFurtherActionReason {
    /** A criminal investigation is not pursued: a Risk Order opportunity for the vulnerability leads. */
    INVESTIGATION_NOT_PURSUED,
    NOT_MODERN_SLAVERY,
    INSUFFICIENT_INFORMATION,
    DUPLICATE,
    REFERRED_ELSEWHERE,
    OTHER
}
