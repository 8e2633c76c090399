package org.mscu.accommodation.availability;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.accommodation.common.Feature;

/** Availability bodies: free beds, never an address. */
public final class AvailabilityApi {

    private AvailabilityApi() {
    }

    @Schema(name = "FreeBed", description = "A bed free for every night of the period asked about")
    public record FreeBedResponse(UUID bedId, String bedLabel, UUID propertyId, String propertyName, String district,
                                  @Schema(description = "SAFE_HOUSE, EMERGENCY_BED or HOTEL") String propertyType,
                                  @Schema(description = "The bed's and its property's features") List<Feature> features) {

        static FreeBedResponse of(FreeBeds.FreeBed bed) {
            return new FreeBedResponse(bed.bedId(), bed.label(), bed.propertyId(), bed.propertyName(), bed.district(),
                    bed.propertyType(), bed.features().stream().sorted().toList());
        }
    }
}
