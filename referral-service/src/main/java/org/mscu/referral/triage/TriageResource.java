package org.mscu.referral.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.referral.intake.ReferralResponse;
import org.mscu.referral.intake.Referrals;

@Path("/api/v1/referrals/{id}/triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Triage", description = "The unit's decision on a referral")
public class TriageResource {

    private final TriageService service;

    TriageResource(TriageService service) {
        this.service = service;
    }

    @POST
    @Access(resource = "referral", action = "triage")
    @Operation(summary = "Triage a referral", description = "ACCEPT, or NO_FURTHER_ACTION with a reason. Once only.")
    @APIResponse(responseCode = "200", description = "The whole updated referral; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not triage", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one the caller's agency may know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: the referral was already triaged", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response triage(@PathParam("id") UUID id, @NotNull @Valid TriageRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Referrals.Viewed viewed = service.triage(id, request, ifMatch);
        return Response.ok(viewed.body()).tag(new EntityTag(Long.toString(viewed.version()))).build();
    }
}
