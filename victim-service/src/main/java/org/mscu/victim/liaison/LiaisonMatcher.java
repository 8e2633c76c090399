package org.mscu.victim.liaison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mscu.victim.victims.OfficerGenderPreference;

/**
 * Ranks liaison officers for a victim (domain.md "Victim liaison"). Only active officers with spare
 * capacity are candidates. The score (0–100) is the sum of one reason per {@link MatchFactor}:
 * <ul>
 *   <li>LANGUAGE 40: the officer speaks one of the victim's languages;</li>
 *   <li>GENDER_PREFERENCE 20: the officer meets the victim's preference (any officer does without one);</li>
 *   <li>DISTRICT 20: the officer covers the victim's district;</li>
 *   <li>SPECIALISM 10: the officer specialises in one of the victim's exploitation types;</li>
 *   <li>SPARE_CAPACITY 0–10: 10 × spare / maximum caseload, rounded down.</li>
 * </ul>
 * Ties are broken by more spare places, then name, then id, so the order is always the same.
 */
public final class LiaisonMatcher {

    static final Comparator<Match> RANKING = Comparator.comparingInt(Match::score).reversed()
            .thenComparing(Comparator.comparingInt((Match m) -> m.officer().spareCapacity()).reversed())
            .thenComparing(m -> m.officer().name(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(m -> m.officer().id());

    public List<Match> rank(VictimNeeds victim, Collection<OfficerProfile> officers) {
        return officers.stream()
                .filter(officer -> officer.active() && officer.spareCapacity() > 0)
                .map(officer -> score(victim, officer))
                .sorted(RANKING)
                .toList();
    }

    public Match score(VictimNeeds victim, OfficerProfile officer) {
        List<MatchReason> reasons = new ArrayList<>(MatchFactor.values().length);
        reasons.add(language(victim, officer));
        reasons.add(genderPreference(victim, officer));
        reasons.add(district(victim, officer));
        reasons.add(specialism(victim, officer));
        reasons.add(spareCapacity(officer));
        int score = reasons.stream().mapToInt(MatchReason::points).sum();
        return new Match(officer, score, reasons);
    }

    private static MatchReason language(VictimNeeds victim, OfficerProfile officer) {
        Set<String> shared = new TreeSet<>(lower(victim.languages()));
        shared.retainAll(lower(officer.languages()));
        if (victim.languages().isEmpty()) {
            return new MatchReason(MatchFactor.LANGUAGE, 0, "victim's languages not recorded");
        }
        if (shared.isEmpty()) {
            return new MatchReason(MatchFactor.LANGUAGE, 0, "speaks none of the victim's languages");
        }
        return new MatchReason(MatchFactor.LANGUAGE, MatchFactor.LANGUAGE.maxPoints(), "speaks " + String.join(", ", shared));
    }

    private static MatchReason genderPreference(VictimNeeds victim, OfficerProfile officer) {
        OfficerGenderPreference preference = victim.genderPreference();
        if (preference == OfficerGenderPreference.NO_PREFERENCE) {
            return new MatchReason(MatchFactor.GENDER_PREFERENCE, MatchFactor.GENDER_PREFERENCE.maxPoints(),
                    "victim has no preference on officer gender");
        }
        if (preference.isMetBy(officer.gender())) {
            return new MatchReason(MatchFactor.GENDER_PREFERENCE, MatchFactor.GENDER_PREFERENCE.maxPoints(),
                    "meets the preference for a " + preference.name() + " officer");
        }
        return new MatchReason(MatchFactor.GENDER_PREFERENCE, 0, "does not meet the preference for a " + preference.name() + " officer");
    }

    private static MatchReason district(VictimNeeds victim, OfficerProfile officer) {
        if (victim.district() == null || victim.district().isBlank()) {
            return new MatchReason(MatchFactor.DISTRICT, 0, "victim's district not recorded");
        }
        String wanted = victim.district().trim().toLowerCase(Locale.ROOT);
        boolean covers = lower(officer.districts()).contains(wanted);
        return covers
                ? new MatchReason(MatchFactor.DISTRICT, MatchFactor.DISTRICT.maxPoints(), "covers " + victim.district().trim())
                : new MatchReason(MatchFactor.DISTRICT, 0, "does not cover " + victim.district().trim());
    }

    private static MatchReason specialism(VictimNeeds victim, OfficerProfile officer) {
        Set<String> shared = victim.exploitationTypes().stream()
                .filter(officer.specialisms()::contains)
                .map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (victim.exploitationTypes().isEmpty()) {
            return new MatchReason(MatchFactor.SPECIALISM, 0, "victim's exploitation types not recorded");
        }
        if (shared.isEmpty()) {
            return new MatchReason(MatchFactor.SPECIALISM, 0, "no specialism in the victim's exploitation types");
        }
        return new MatchReason(MatchFactor.SPECIALISM, MatchFactor.SPECIALISM.maxPoints(),
                "specialises in " + String.join(", ", shared));
    }

    private static MatchReason spareCapacity(OfficerProfile officer) {
        int spare = officer.spareCapacity();
        int points = officer.maxCaseload() <= 0 ? 0 : MatchFactor.SPARE_CAPACITY.maxPoints() * spare / officer.maxCaseload();
        return new MatchReason(MatchFactor.SPARE_CAPACITY, points,
                spare + " of " + officer.maxCaseload() + " places free");
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
