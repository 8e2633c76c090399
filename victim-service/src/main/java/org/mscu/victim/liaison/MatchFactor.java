package org.mscu.victim.liaison;

/** The factors a liaison-officer match is scored on, with the most points each can give. */
public enum MatchFactor {
    LANGUAGE(40),
    GENDER_PREFERENCE(20),
    DISTRICT(20),
    SPECIALISM(10),
    SPARE_CAPACITY(10);

    private final int maxPoints;

    MatchFactor(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
