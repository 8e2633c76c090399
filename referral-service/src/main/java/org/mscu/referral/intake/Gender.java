package org.mscu.referral.intake;

public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
