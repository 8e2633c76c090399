package org.mscu.referral.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.referral.linking.Clusters.Occurrence;

class ClustersTest {

    private final UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private final UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private final UUID d = UUID.fromString("00000000-0000-0000-0000-00000000000d");

    @Test
    void joinsReferralsTransitivelyThroughDifferentIdentifiers() {
        List<Clusters.Cluster> clusters = Clusters.of(List.of(
                new Occurrence(a, IdentifierKind.PHONE, "+447700900001"),
                new Occurrence(b, IdentifierKind.PHONE, "+447700900001"),
                new Occurrence(b, IdentifierKind.POSTCODE, "M1 1AA"),
                new Occurrence(c, IdentifierKind.POSTCODE, "M1 1AA"),
                new Occurrence(d, IdentifierKind.POSTCODE, "M2 2BB")), 2);
        assertEquals(1, clusters.size());
        assertEquals(Set.of(a, b, c), clusters.get(0).referralIds());
        assertEquals(Set.of(IdentifierKind.PHONE, IdentifierKind.POSTCODE), clusters.get(0).linkedBy());
    }

    @Test
    void leavesOutNetworksSmallerThanTheMinimum() {
        List<Clusters.Cluster> clusters = Clusters.of(List.of(
                new Occurrence(a, IdentifierKind.PHONE, "+447700900001"),
                new Occurrence(b, IdentifierKind.PHONE, "+447700900001"),
                new Occurrence(c, IdentifierKind.PHONE, "+447700900002")), 3);
        assertEquals(List.of(), clusters);
    }

    @Test
    void identifierSharedByNobodyElseDoesNotNameTheLink() {
        List<Clusters.Cluster> clusters = Clusters.of(List.of(
                new Occurrence(a, IdentifierKind.VEHICLE_REGISTRATION, "AB12CDE"),
                new Occurrence(b, IdentifierKind.VEHICLE_REGISTRATION, "AB12CDE"),
                new Occurrence(a, IdentifierKind.SUSPECT_NAME, "ion popescu")), 2);
        assertEquals(Set.of(IdentifierKind.VEHICLE_REGISTRATION), clusters.get(0).linkedBy());
    }
}
