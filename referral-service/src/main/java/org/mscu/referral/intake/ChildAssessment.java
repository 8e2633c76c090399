package org.mscu.referral.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * Decides whether a potential victim is treated as a child: under 18 at the moment the referral was
 * received, from the date of birth or else the estimated age. A person whose age is disputed and not
 * verified is treated as a child until verified (domain.md).
 */
public final class ChildAssessment {

    public static final int AGE_OF_MAJORITY = 18;
    static final ZoneId UK = ZoneId.of("Europe/London");

    private ChildAssessment() {
    }

    public static boolean isChild(LocalDate dateOfBirth, Integer estimatedAge, boolean ageDisputed,
                                  boolean ageVerified, Instant receivedAt) {
        if (ageDisputed && !ageVerified) {
            return true;
        }
        if (dateOfBirth != null) {
            return ageOn(dateOfBirth, receivedAt.atZone(UK).toLocalDate()) < AGE_OF_MAJORITY;
        }
        return estimatedAge != null && estimatedAge < AGE_OF_MAJORITY;
    }

    static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
