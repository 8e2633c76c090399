package org.mscu.victim.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;
import org.mscu.victim.victims.OfficerGenderPreference;

class LiaisonMatcherTest {

    private final LiaisonMatcher matcher = new LiaisonMatcher();

    private static final VictimNeeds VICTIM = new VictimNeeds(Set.of("ro", "en"), OfficerGenderPreference.FEMALE,
            "Manchester", Set.of(ExploitationType.LABOUR));

    private static OfficerProfile officer(String name, Gender gender, Set<String> languages, Set<String> districts,
                                          Set<ExploitationType> specialisms, int caseload, int max) {
        return new OfficerProfile(UUID.nameUUIDFromBytes(name.getBytes()), name, gender, languages, districts,
                specialisms, caseload, max, true);
    }

    @Test
    void scoresAPerfectMatchOneHundredWithOneReasonPerFactor() {
        Match match = matcher.score(VICTIM, officer("Officer A", Gender.FEMALE, Set.of("RO"), Set.of("manchester"),
                Set.of(ExploitationType.LABOUR), 0, 5));

        assertThat(match.score()).isEqualTo(100);
        assertThat(match.reasons()).extracting(MatchReason::factor).containsExactly(MatchFactor.values());
        assertThat(match.reasons()).extracting(MatchReason::points).containsExactly(40, 20, 20, 10, 10);
        assertThat(match.reasons().getFirst().explanation()).isEqualTo("speaks ro");
    }

    @Test
    void givesNoPointsForUnmetFactorsAndExplainsWhy() {
        Match match = matcher.score(VICTIM, officer("Officer B", Gender.MALE, Set.of("pl"), Set.of("Salford"),
                Set.of(ExploitationType.SEXUAL), 4, 5));

        assertThat(match.score()).isEqualTo(2);
        assertThat(match.reasons()).extracting(MatchReason::explanation).containsExactly(
                "speaks none of the victim's languages",
                "does not meet the preference for a FEMALE officer",
                "does not cover Manchester",
                "no specialism in the victim's exploitation types",
                "1 of 5 places free");
    }

    @Test
    void noGenderPreferenceIsMetByAnyOfficer() {
        VictimNeeds noPreference = new VictimNeeds(Set.of(), OfficerGenderPreference.NO_PREFERENCE, null, Set.of());
        Match match = matcher.score(noPreference, officer("Officer C", Gender.MALE, Set.of(), Set.of(), Set.of(), 0, 2));

        assertThat(match.reasons().get(1).points()).isEqualTo(20);
        assertThat(match.score()).isEqualTo(30);
    }

    @Test
    void spareCapacityPointsScaleWithFreePlaces() {
        VictimNeeds plain = new VictimNeeds(Set.of(), OfficerGenderPreference.NO_PREFERENCE, null, Set.of());
        assertThat(matcher.score(plain, officer("X", Gender.MALE, Set.of(), Set.of(), Set.of(), 5, 10)).reasons().get(4).points())
                .isEqualTo(5);
        assertThat(matcher.score(plain, officer("Y", Gender.MALE, Set.of(), Set.of(), Set.of(), 0, 10)).reasons().get(4).points())
                .isEqualTo(10);
    }

    @Test
    void ranksByScoreAndLeavesOutFullAndInactiveOfficers() {
        OfficerProfile best = officer("Best", Gender.FEMALE, Set.of("ro"), Set.of("Manchester"), Set.of(ExploitationType.LABOUR), 1, 5);
        OfficerProfile second = officer("Second", Gender.FEMALE, Set.of("ro"), Set.of("Bolton"), Set.of(), 0, 5);
        OfficerProfile full = officer("Full", Gender.FEMALE, Set.of("ro"), Set.of("Manchester"), Set.of(ExploitationType.LABOUR), 5, 5);
        OfficerProfile inactive = new OfficerProfile(UUID.randomUUID(), "Inactive", Gender.FEMALE, Set.of("ro"),
                Set.of("Manchester"), Set.of(ExploitationType.LABOUR), 0, 5, false);

        List<Match> ranked = matcher.rank(VICTIM, List.of(second, full, inactive, best));

        assertThat(ranked).extracting(m -> m.officer().name()).containsExactly("Best", "Second");
    }

    @Test
    void breaksTiesBySpareCapacityThenNameThenIdDeterministically() {
        VictimNeeds plain = new VictimNeeds(Set.of(), OfficerGenderPreference.NO_PREFERENCE, null, Set.of());
        // 2 of 10 free and 1 of 4 free both give 2 capacity points: the number of spare places decides
        OfficerProfile moreSpare = officer("Zed", Gender.MALE, Set.of(), Set.of(), Set.of(), 8, 10);
        OfficerProfile lessSpare = officer("Amy", Gender.MALE, Set.of(), Set.of(), Set.of(), 3, 4);
        OfficerProfile sameAsAmyButLaterName = officer("Bob", Gender.MALE, Set.of(), Set.of(), Set.of(), 3, 4);
        OfficerProfile sameNameA = new OfficerProfile(UUID.fromString("00000000-0000-0000-0000-000000000001"), "Cal",
                Gender.MALE, Set.of(), Set.of(), Set.of(), 3, 4, true);
        OfficerProfile sameNameB = new OfficerProfile(UUID.fromString("00000000-0000-0000-0000-000000000002"), "Cal",
                Gender.MALE, Set.of(), Set.of(), Set.of(), 3, 4, true);

        List<Match> ranked = matcher.rank(plain, List.of(sameNameB, sameAsAmyButLaterName, lessSpare, sameNameA, moreSpare));
        List<Match> again = matcher.rank(plain, List.of(moreSpare, sameNameA, lessSpare, sameAsAmyButLaterName, sameNameB));

        assertThat(ranked).extracting(Match::score).containsOnly(22);
        assertThat(ranked).extracting(m -> m.officer().id()).containsExactly(
                moreSpare.id(), lessSpare.id(), sameAsAmyButLaterName.id(), sameNameA.id(), sameNameB.id());
        assertThat(again).isEqualTo(ranked);
    }
}
