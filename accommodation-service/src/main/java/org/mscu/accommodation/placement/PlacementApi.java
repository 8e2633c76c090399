package org.mscu.accommodation.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.accommodation.common.Feature;
import org.mscu.platform.concurrency.Versioned;

/** The placement API's request and response bodies. None asks for or carries immigration status. */
public final class PlacementApi {

    private PlacementApi() {
    }

    @Schema(name = "CreatePlacementRequest", description = "Place a person in a bed: a given `bedId`, or the best free bed"
            + " (matching `needs`) of `propertyId` or `district` or anywhere")
    public record CreatePlacementRequest(
            @Schema(description = "Reference of the victim in victim-service (no name)", example = "VIC-2026-000123")
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only")
            String victimRef,
            @Schema(description = "The bed; without it the best free bed is chosen") UUID bedId,
            @Schema(description = "Choose only among this property's beds") UUID propertyId,
            @Schema(description = "Choose only among beds in this district", example = "Manchester") @Size(max = 100) String district,
            @Schema(description = "First night (YYYY-MM-DD), today or later", example = "2026-11-30") @NotNull LocalDate from,
            @Schema(description = "Day the bed is free again (exclusive); at most the configured emergency stay (3 working days by"
                    + " default) after `from`, which is also the default", example = "2026-12-03") LocalDate plannedTo,
            @Schema(description = "Features the bed must offer") @Size(max = 20) List<@NotNull Feature> needs) {
    }

    @Schema(name = "ExtendPlacementRequest")
    public record ExtendPlacementRequest(
            @Schema(description = "New planned end (exclusive), later than the current one", example = "2026-12-31")
            @NotNull LocalDate plannedTo,
            @Schema(description = "Why the stay is extended", example = "Entered the NRM; recovery period support")
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "EndPlacementRequest")
    public record EndPlacementRequest(
            @Schema(description = "When the person left (RFC 3339); the bed is free from that day", example = "2026-12-02T10:00:00Z")
            @NotNull Instant endedAt,
            @NotNull PlacementOutcome outcome) {
    }

    @Schema(name = "CancelPlacementRequest")
    public record CancelPlacementRequest(
            @Schema(description = "Why the planned placement will not happen") @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "PlacementExtension")
    public record ExtensionResponse(LocalDate previousPlannedTo, LocalDate plannedTo, String reason, String extendedBy,
                                    Instant extendedAt) {
    }

    @Schema(name = "PlacementRequester")
    public record Requester(String agency, String username) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Placement")
    public record PlacementResponse(
            UUID id, String victimRef, UUID bedId, String bedLabel, UUID propertyId, String district,
            PlacementStatus status, LocalDate from, LocalDate plannedTo,
            @Schema(description = "When the person left; set once ENDED") Instant endedAt,
            PlacementOutcome outcome, List<Feature> needs, Requester requestedBy,
            List<ExtensionResponse> extensions, Instant createdAt,
            @Schema(description = "Optimistic-concurrency version; also the ETag") long version) implements Versioned {
    }
}
