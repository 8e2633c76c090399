package org.mscu.accommodation.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscu.accommodation.common.Feature;

/**
 * Picks the best free bed for a placement's needs: only beds whose features (the bed's and its
 * property's) cover every need; among those, the fewest features the person does not need first,
 * so a wheelchair-accessible bed stays free for whoever needs it; then by property and label, so
 * the order is stable.
 */
public final class BedRanking {

    /** A free bed with everything ranking needs. */
    public record Candidate(UUID bedId, UUID propertyId, String propertyName, String label, Set<Feature> features) {
    }

    private BedRanking() {
    }

    public static boolean suits(Set<Feature> offered, Set<Feature> needs) {
        return offered.containsAll(needs);
    }

    public static List<Candidate> rank(List<Candidate> candidates, Set<Feature> needs) {
        return candidates.stream()
                .filter(c -> suits(c.features(), needs))
                .sorted(Comparator.comparingInt((Candidate c) -> surplus(c, needs))
                        .thenComparing(Candidate::propertyName)
                        .thenComparing(Candidate::propertyId)
                        .thenComparing(Candidate::label)
                        .thenComparing(Candidate::bedId))
                .toList();
    }

    private static int surplus(Candidate candidate, Set<Feature> needs) {
        return (int) candidate.features().stream().filter(f -> !needs.contains(f)).count();
    }
}
