package org.mscu.referral.crime;

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

@Path("/api/v1/referrals/{id}/no-crime-decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crime recording")
public class NoCrimeDecisionResource {

    private final CrimeRecordingService service;

    NoCrimeDecisionResource(CrimeRecordingService service) {
        this.service = service;
    }

    @POST
    @Access(resource = "referral", action = "no-crime")
    @Operation(summary = "Record a no-crime decision", description = "Closes the crime-recording duty with its reason: status NOT_REQUIRED.")
    @APIResponse(responseCode = "200", description = "The whole updated referral; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not decide on crime recording", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one the caller's agency may know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CRIME_ALREADY_RECORDED or NO_CRIME_DECIDED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decideNoCrime(@PathParam("id") UUID id, @NotNull @Valid NoCrimeRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Referrals.Viewed viewed = service.noCrime(id, request, ifMatch);
        return Response.ok(viewed.body()).tag(new EntityTag(Long.toString(viewed.version()))).build();
    }
}
