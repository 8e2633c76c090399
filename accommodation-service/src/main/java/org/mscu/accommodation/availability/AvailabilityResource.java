package org.mscu.accommodation.availability;

import static org.mscu.accommodation.common.ApiResponses.FORBIDDEN;
import static org.mscu.accommodation.common.ApiResponses.PROBLEM;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.accommodation.availability.AvailabilityApi.FreeBedResponse;
import org.mscu.accommodation.common.Feature;
import org.mscu.platform.params.QueryParams;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability", description = "Beds free for a whole period")
public class AvailabilityResource {

    private final AvailabilityService availability;

    AvailabilityResource(AvailabilityService availability) {
        this.availability = availability;
    }

    /** The OpenAPI shape of one page of free beds. */
    @Schema(name = "FreeBedPage")
    public record FreeBedPage(List<FreeBedResponse> items, @Schema(nullable = true) String nextCursor) {
    }

    @GET
    @Access(resource = "availability", action = "read")
    @Operation(summary = "Beds free for every night from `from` up to (not including) `to`, by district and features")
    @APIResponse(responseCode = "200", description = "Free beds", content = @Content(schema = @Schema(implementation = FreeBedPage.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<FreeBedResponse> findFreeBeds(
            @Parameter(description = "First night (YYYY-MM-DD)", required = true, example = "2026-11-30") @QueryParam("from") String from,
            @Parameter(description = "Day the stay ends (exclusive, YYYY-MM-DD)", required = true, example = "2026-12-03") @QueryParam("to") String to,
            @Parameter(description = "District (case-insensitive)") @QueryParam("district") String district,
            @Parameter(description = "Features every bed must offer: repeated or comma-separated") @QueryParam("features") List<String> features,
            @Parameter(description = "Page size, 1..200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return availability.free(QueryParams.requiredDate("from", from), QueryParams.requiredDate("to", to), district,
                QueryParams.enumSet(Feature.class, "features", features), PageRequest.of(limit, cursor));
    }
}
