package org.mscu.accommodation.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Occupancy bodies: counts only, never an address or a person. */
public final class OccupancyApi {

    private OccupancyApi() {
    }

    @Schema(name = "Occupancy", description = "Beds, occupied and free per district and property at one instant")
    public record OccupancyResponse(
            @Schema(description = "The instant asked about (RFC 3339 UTC)") Instant at,
            @Schema(description = "The night it falls in (local date)") LocalDate night,
            int beds, int occupied, int free, List<DistrictOccupancy> districts) {
    }

    @Schema(name = "DistrictOccupancy")
    public record DistrictOccupancy(String district, int beds, int occupied, int free, List<PropertyOccupancy> properties) {
    }

    @Schema(name = "PropertyOccupancy")
    public record PropertyOccupancy(UUID propertyId, String name, int beds, int occupied, int free) {
    }
}
