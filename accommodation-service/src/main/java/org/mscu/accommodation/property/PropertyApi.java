package org.mscu.accommodation.property;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.accommodation.common.Feature;
import org.mscu.platform.concurrency.Versioned;

/** The property API's request and response bodies. */
public final class PropertyApi {

    private PropertyApi() {
    }

    @Schema(name = "CreatePropertyRequest", description = "A new place of safety with its beds")
    public record CreatePropertyRequest(
            @Schema(description = "Name used in conversation (not the address)", example = "Harbour House")
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Organisation providing the place", example = "Safe Haven Housing")
            @NotBlank @Size(max = 200) String provider,
            @Schema(description = "District the property is in", example = "Manchester")
            @NotBlank @Size(max = 100) String district,
            @Schema(description = "Street address: restricted, returned only to roles cleared for it", example = "1 Example Row, M1 1AA")
            @NotBlank @Size(max = 500) String address,
            @Schema(description = "Kind of place") @NotNull PropertyType type,
            @Schema(description = "Features of the whole property") @Size(max = 20) List<@NotNull Feature> features,
            @Schema(description = "Its beds, at least one") @NotEmpty @Size(max = 200) List<@Valid @NotNull BedRequest> beds) {
    }

    @Schema(name = "UpdatePropertyRequest", description = "The property's details, replaced as a whole (beds are added separately)")
    public record UpdatePropertyRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String provider,
            @NotBlank @Size(max = 100) String district,
            @Schema(description = "Street address: restricted") @NotBlank @Size(max = 500) String address,
            @NotNull PropertyType type,
            @Size(max = 20) List<@NotNull Feature> features) {
    }

    @Schema(name = "BedRequest", description = "A bed to add to a property")
    public record BedRequest(
            @Schema(description = "Label unique within the property", example = "Room 2, bed A")
            @NotBlank @Size(max = 50) String label,
            @Schema(description = "Features of this bed, added to the property's") @Size(max = 20) List<@NotNull Feature> features) {
    }

    @Schema(name = "Bed")
    public record BedResponse(UUID id, String label,
            @Schema(description = "The bed's own features (the property's apply too)") List<Feature> features) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Property", description = "A place of safety; `address` only for roles cleared to see it")
    public record PropertyResponse(
            UUID id, String name, String provider, String district,
            @Schema(description = "Present only for roles cleared to see it") String address,
            PropertyType type, List<Feature> features, List<BedResponse> beds,
            @Schema(description = "RFC 3339 UTC instant") Instant createdAt,
            @Schema(description = "Optimistic-concurrency version; also the ETag") long version) implements Versioned {
    }
}
