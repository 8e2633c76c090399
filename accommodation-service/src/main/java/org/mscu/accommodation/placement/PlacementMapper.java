package org.mscu.accommodation.placement;

import java.util.Arrays;
import java.util.List;
import org.mscu.accommodation.common.Feature;
import org.mscu.accommodation.placement.PlacementApi.ExtensionResponse;
import org.mscu.accommodation.placement.PlacementApi.PlacementResponse;
import org.mscu.accommodation.placement.PlacementApi.Requester;
import org.mscu.accommodation.property.Bed;
import org.mscu.accommodation.property.Property;

/** Placement entities to API records; small and explicit. */
final class PlacementMapper {

    private PlacementMapper() {
    }

    static PlacementResponse toResponse(Placement p) {
        Bed bed = Bed.findById(p.bedId);
        Property property = Property.findById(p.propertyId);
        List<ExtensionResponse> extensions = PlacementExtension.of(p.id).stream()
                .map(e -> new ExtensionResponse(e.previousTo, e.plannedTo, e.reason, e.extendedBy, e.extendedAt))
                .toList();
        return new PlacementResponse(p.id, p.victimRef, p.bedId, bed.label, p.propertyId, property.district, p.status,
                p.startsOn, p.plannedTo, p.endedAt, p.outcome, features(p.needs),
                new Requester(p.requestedByAgency, p.requestedByUsername), extensions, p.createdAt, p.version);
    }

    static List<Feature> features(String[] stored) {
        return stored == null ? List.of() : Arrays.stream(stored).map(Feature::valueOf).sorted().toList();
    }
}
