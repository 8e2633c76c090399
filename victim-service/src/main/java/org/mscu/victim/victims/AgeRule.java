package org.mscu.victim.victims;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whether a person is a child (under 18) on a given day. A person without a known date of birth is
 * possibly under 18 and, as domain.md requires, treated as a child until their age is verified.
 */
public final class AgeRule {

    public static final int ADULT_AGE = 18;

    private AgeRule() {
    }

    public static boolean isChild(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null) {
            return true;
        }
        return Period.between(dateOfBirth, on).getYears() < ADULT_AGE;
    }
}
