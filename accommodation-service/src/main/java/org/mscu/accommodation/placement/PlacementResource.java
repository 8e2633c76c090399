package org.mscu.accommodation.placement;

import static org.mscu.accommodation.common.ApiResponses.FORBIDDEN;
import static org.mscu.accommodation.common.ApiResponses.NOT_FOUND;
import static org.mscu.accommodation.common.ApiResponses.PROBLEM;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.accommodation.placement.PlacementApi.CancelPlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.CreatePlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.EndPlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.ExtendPlacementRequest;
import org.mscu.accommodation.placement.PlacementApi.PlacementResponse;
import org.mscu.platform.params.QueryParams;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "A bed for a person, never double-booked; no immigration status asked or stored")
public class PlacementResource {

    private final PlacementService placements;

    PlacementResource(PlacementService placements) {
        this.placements = placements;
    }

    @POST
    @Idempotent
    @Access(resource = "placement", action = "create")
    @Operation(summary = "Place a person in a bed: the given bed, or the best free one for the whole stay")
    @APIResponse(responseCode = "201", description = "Placed", content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "BED_OCCUPIED, NO_BED_AVAILABLE, BED_UNSUITABLE, or IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "MAX_STAY_EXCEEDED, or Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response createPlacement(@Valid @NotNull CreatePlacementRequest request) {
        PlacementResponse created = placements.create(request);
        return Response.created(URI.create("/api/v1/placements/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Access(resource = "placement", action = "read")
    @Operation(summary = "Read a placement")
    @APIResponse(responseCode = "200", description = "The placement", content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response getPlacement(@PathParam("id") UUID id) {
        PlacementResponse found = placements.get(id);
        return Response.ok(found).build();
    }

    /** The OpenAPI shape of one page of placements. */
    @Schema(name = "PlacementPage")
    public record PlacementPage(List<PlacementResponse> items, @Schema(nullable = true) String nextCursor) {
    }

    @GET
    @Access(resource = "placement", action = "read")
    @Operation(summary = "List placements, newest first; liaison officers see the ones they requested")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PlacementPage.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<PlacementResponse> listPlacements(@Parameter(description = "PLANNED, ACTIVE, ENDED or CANCELLED") @QueryParam("status") String status,
                                        @QueryParam("propertyId") String propertyId,
                                        @QueryParam("bedId") String bedId,
                                        @Parameter(description = "Victim reference") @QueryParam("victimRef") String victimRef,
                                        @Parameter(description = "Page size, 1..200 (default 50)") @QueryParam("limit") Integer limit,
                                        @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return placements.list(new PlacementService.Filter(QueryParams.enumOf(PlacementStatus.class, "status", status),
                QueryParams.uuid("propertyId", propertyId), QueryParams.uuid("bedId", bedId), victimRef), PageRequest.of(limit, cursor));
    }

    @POST
    @Path("/{id}/extension")
    @Access(resource = "placement", action = "extend")
    @Operation(summary = "Extend a stay beyond its planned end, with a reason")
    @APIResponse(responseCode = "200", description = "The extended placement", content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "BED_OCCUPIED (booked after) or ILLEGAL_TRANSITION", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response extendPlacement(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ExtendPlacementRequest request) {
        PlacementResponse extended = placements.extend(id, ifMatch, request);
        return Response.ok(extended).build();
    }

    @POST
    @Path("/{id}/end")
    @Access(resource = "placement", action = "end")
    @Operation(summary = "End an active placement; the bed is free from the day it ended")
    @APIResponse(responseCode = "200", description = "The ended placement", content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response endPlacement(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull EndPlacementRequest request) {
        PlacementResponse ended = placements.end(id, ifMatch, request);
        return Response.ok(ended).build();
    }

    @POST
    @Path("/{id}/cancel")
    @Access(resource = "placement", action = "cancel")
    @Operation(summary = "Cancel a placement that has not started; its nights become free")
    @APIResponse(responseCode = "200", description = "The cancelled placement", content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response cancelPlacement(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CancelPlacementRequest request) {
        PlacementResponse cancelled = placements.cancel(id, ifMatch, request);
        return Response.ok(cancelled).build();
    }
}
