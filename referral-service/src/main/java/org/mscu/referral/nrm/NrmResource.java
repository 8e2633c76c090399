package org.mscu.referral.nrm;

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

@Path("/api/v1/referrals/{id}/nrm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "NRM", description = "National Referral Mechanism steps")
public class NrmResource {

    private final NrmService service;

    NrmResource(NrmService service) {
        this.service = service;
    }

    @POST
    @Access(resource = "referral", action = "nrm")
    @Operation(summary = "Record an NRM step", description = "SUBMIT, DUTY_TO_NOTIFY, REASONABLE_GROUNDS or CONCLUSIVE_GROUNDS; only legal transitions.")
    @APIResponse(responseCode = "200", description = "The whole updated referral; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not record NRM steps", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one the caller's agency may know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CONSENT_REQUIRED, CHILD_MUST_BE_REFERRED, CONSENT_GIVEN, RECOVERY_PERIOD_NOT_ENDED, DECISION_BEFORE_SUBMISSION, NRM_REFERENCE_IN_USE or ILLEGAL_TRANSITION", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response applyNrmAction(@PathParam("id") UUID id, @NotNull @Valid NrmRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Referrals.Viewed viewed = service.apply(id, request, ifMatch);
        return Response.ok(viewed.body()).tag(new EntityTag(Long.toString(viewed.version()))).build();
    }
}
