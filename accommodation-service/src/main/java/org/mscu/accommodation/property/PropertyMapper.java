package org.mscu.accommodation.property;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.mscu.accommodation.common.Feature;
import org.mscu.accommodation.property.PropertyApi.BedResponse;
import org.mscu.accommodation.property.PropertyApi.PropertyResponse;

/** Entities to API records and back; small and explicit. */
final class PropertyMapper {

    private PropertyMapper() {
    }

    static PropertyResponse toResponse(Property property, List<Bed> beds) {
        return new PropertyResponse(property.id, property.name, property.provider, property.district, property.address,
                property.type, features(property.features),
                beds.stream().map(b -> new BedResponse(b.id, b.label, features(b.features))).toList(),
                property.createdAt, property.version);
    }

    static List<Feature> features(String[] stored) {
        return stored == null ? List.of() : Arrays.stream(stored).map(Feature::valueOf).sorted().toList();
    }

    static String[] stored(Collection<Feature> features) {
        return features == null ? new String[0] : features.stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
    }
}
