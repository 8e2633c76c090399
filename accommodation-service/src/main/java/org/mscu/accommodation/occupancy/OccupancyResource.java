package org.mscu.accommodation.occupancy;

import static org.mscu.accommodation.common.ApiResponses.FORBIDDEN;
import static org.mscu.accommodation.common.ApiResponses.PROBLEM;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.params.QueryParams;
import org.mscu.accommodation.occupancy.OccupancyApi.OccupancyResponse;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/occupancy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Occupancy", description = "Beds, occupied and free per district and property")
public class OccupancyResource {

    private final OccupancyService occupancy;
    private final Clock clock;

    OccupancyResource(OccupancyService occupancy, Clock clock) {
        this.occupancy = occupancy;
        this.clock = clock;
    }

    @GET
    @Access(resource = "occupancy", action = "read")
    @Operation(summary = "Occupancy per district and property at an instant (now by default)")
    @APIResponse(responseCode = "200", description = "Counts", content = @Content(schema = @Schema(implementation = OccupancyResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OccupancyResponse getOccupancy(@Parameter(description = "RFC 3339 instant", example = "2026-11-30T22:00:00Z")
                                 @QueryParam("at") String at) {
        return occupancy.at(QueryParams.instant("at", at, clock.instant()));
    }
}
