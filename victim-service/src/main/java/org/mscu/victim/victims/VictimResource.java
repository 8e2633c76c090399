package org.mscu.victim.victims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/victims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Victims", description = "Victims under the unit's support")
public class VictimResource {

    private final VictimService victims;

    VictimResource(VictimService victims) {
        this.victims = victims;
    }

    @POST
    @Idempotent
    @Access(resource = "victim", action = "create")
    @Operation(summary = "Record a victim", description = "Coordinators record a victim, usually from an accepted referral")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = VictimResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not record victims", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A victim is already recorded for the referral (VICTIM_EXISTS_FOR_REFERRAL), or the idempotency key is in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createVictim(@NotNull @Valid CreateVictimRequest request) {
        VictimResponse created = victims.create(request);
        return Response.created(URI.create("/api/v1/victims/" + created.id())).entity(created).build();
    }

    @GET
    @Access(resource = "victim", action = "list")
    @Operation(summary = "List victims", description = "Oldest first; liaison officers see only victims currently assigned to them")
    @APIResponse(responseCode = "200", description = "A page of victims")
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or referralId", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not list victims", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<VictimResponse> listVictims(@Parameter(description = "Only the victim of this referral") @QueryParam("referralId") String referralId,
                                     @Parameter(description = "Page size, 1-200", example = "50") @QueryParam("limit") Integer limit,
                                     @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return victims.list(referralId, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Access(resource = "victim", action = "read")
    @Operation(summary = "Read a victim", description = "Liaison officers read only victims currently assigned to them")
    @APIResponse(responseCode = "200", description = "The victim", content = @Content(schema = @Schema(implementation = VictimResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read victims", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or one the caller may not know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VictimResponse getVictim(@PathParam("id") UUID id) {
        return victims.get(id);
    }
}
