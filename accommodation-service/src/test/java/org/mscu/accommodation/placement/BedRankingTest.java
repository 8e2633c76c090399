package org.mscu.accommodation.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.common.Feature;
import org.mscu.accommodation.placement.BedRanking.Candidate;

class BedRankingTest {

    private static final UUID PROPERTY = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static Candidate bed(String label, Feature... features) {
        return new Candidate(UUID.nameUUIDFromBytes(label.getBytes()), PROPERTY, "Harbour House", label, Set.of(features));
    }

    @Test
    void leavesOutBedsThatLackANeed() {
        List<Candidate> ranked = BedRanking.rank(List.of(bed("A", Feature.WOMEN_ONLY), bed("B", Feature.WHEELCHAIR)),
                Set.of(Feature.WHEELCHAIR));
        assertEquals(List.of("B"), ranked.stream().map(Candidate::label).toList());
    }

    @Test
    void prefersTheBedWithFewestFeaturesNobodyAskedFor() {
        List<Candidate> ranked = BedRanking.rank(List.of(
                bed("A", Feature.WOMEN_ONLY, Feature.WHEELCHAIR),
                bed("B", Feature.WOMEN_ONLY),
                bed("C", Feature.WOMEN_ONLY, Feature.WHEELCHAIR, Feature.GROUND_FLOOR)), Set.of(Feature.WOMEN_ONLY));
        assertEquals(List.of("B", "A", "C"), ranked.stream().map(Candidate::label).toList());
    }

    @Test
    void withoutNeedsEveryBedSuitsInAStableOrder() {
        List<Candidate> ranked = BedRanking.rank(List.of(bed("B"), bed("A")), Set.of());
        assertEquals(List.of("A", "B"), ranked.stream().map(Candidate::label).toList());
    }

    @Test
    void noSuitableBedGivesAnEmptyList() {
        assertTrue(BedRanking.rank(List.of(bed("A", Feature.MEN_ONLY)), Set.of(Feature.WOMEN_ONLY)).isEmpty());
    }
}
