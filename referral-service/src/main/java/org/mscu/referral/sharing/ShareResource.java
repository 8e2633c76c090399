package org.mscu.referral.sharing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/referrals/{id}/shares")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shares", description = "Explicit disclosure of a referral to another agency")
public class ShareResource {

    private final ShareService service;

    ShareResource(ShareService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Access(resource = "referral", action = "share")
    @Operation(summary = "Share a referral with an agency", description = "FULL or SUMMARY, with purpose and legal basis; an audited disclosure.")
    @APIResponse(responseCode = "201", description = "Shared; Location names the share",
            content = @Content(schema = @Schema(implementation = ShareResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not share referrals", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one the caller's agency may know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ALREADY_SHARED or OWN_AGENCY", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response share(@PathParam("id") UUID id, @NotNull @Valid ShareRequest request, @Context UriInfo uri) {
        ShareResponse created = service.share(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.agency()).build()).entity(created).build();
    }

    @GET
    @Access(resource = "referral", action = "share")
    @Operation(summary = "List a referral's shares, revoked ones included")
    @APIResponse(responseCode = "200", description = "Shares, newest first",
            content = @Content(schema = @Schema(implementation = ShareResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Role may not manage shares", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ShareResponse> listShares(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @DELETE
    @Path("/{agency}")
    @Access(resource = "referral", action = "share")
    @Operation(summary = "Revoke a share", description = "The agency can no longer read the referral; an audited disclosure event.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Role may not manage shares", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral or no active share with this agency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") UUID id, @PathParam("agency") String agency) {
        service.revoke(id, agency);
        return Response.noContent().build();
    }
}
