package org.mscu.victim.liaison;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/liaison-officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison officers", description = "The liaison-officer roster")
public class RosterResource {

    private final RosterService roster;

    RosterResource(RosterService roster) {
        this.roster = roster;
    }

    @POST
    @Idempotent
    @Access(resource = "liaison-officer", action = "create")
    @Operation(summary = "Put a liaison officer on the roster")
    @APIResponse(responseCode = "201", description = "On the roster", content = @Content(schema = @Schema(implementation = LiaisonOfficerResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not manage the roster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "USERNAME_ON_ROSTER, or the idempotency key is in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createLiaisonOfficer(@NotNull @Valid CreateLiaisonOfficerRequest request) {
        LiaisonOfficerResponse created = roster.create(request);
        return Response.created(URI.create("/api/v1/liaison-officers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Access(resource = "liaison-officer", action = "update")
    @Operation(summary = "Change a roster entry", description = "Send the ETag of the last read as If-Match")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = LiaisonOfficerResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not manage the roster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonOfficerResponse updateLiaisonOfficer(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         @NotNull @Valid UpdateLiaisonOfficerRequest request) {
        return roster.update(id, ifMatch, request);
    }

    @GET
    @Access(resource = "liaison-officer", action = "list")
    @Operation(summary = "List the roster", description = "Liaison officers see only their own entry")
    @APIResponse(responseCode = "200", description = "A page of officers")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the roster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LiaisonOfficerResponse> listLiaisonOfficers(@Parameter(description = "Keycloak username") @QueryParam("username") String username,
                                             @Parameter(description = "Only active or inactive officers") @QueryParam("active") Boolean active,
                                             @Parameter(description = "Page size, 1-200", example = "50") @QueryParam("limit") Integer limit,
                                             @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return roster.list(username, active, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Access(resource = "liaison-officer", action = "read")
    @Operation(summary = "Read a roster entry with its current caseload", description = "Liaison officers read only their own entry")
    @APIResponse(responseCode = "200", description = "The officer", content = @Content(schema = @Schema(implementation = LiaisonOfficerResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the roster", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such officer, or another officer's entry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonOfficerResponse getLiaisonOfficer(@PathParam("id") UUID id) {
        return roster.get(id);
    }
}
