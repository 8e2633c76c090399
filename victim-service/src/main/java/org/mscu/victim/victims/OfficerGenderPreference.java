package org.mscu.victim.victims;

/** The victim's preference on the gender of their liaison officer. */
public enum OfficerGenderPreference {
    FEMALE, MALE, NO_PREFERENCE;

    /** Whether an officer of this gender meets the preference. */
    public boolean isMetBy(Gender gender) {
        return switch (this) {
            case NO_PREFERENCE -> true;
            case FEMALE -> gender == Gender.FEMALE;
            case MALE -> gender == Gender.MALE;
        };
    }
}
