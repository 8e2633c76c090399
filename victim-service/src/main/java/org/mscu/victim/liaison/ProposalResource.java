package org.mscu.victim.liaison;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/victims/{id}/liaison-proposal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison", description = "Matching and assigning a victim's liaison officer")
public class ProposalResource {

    private final ProposalService proposals;

    ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @Access(resource = "liaison", action = "proposal")
    @Operation(summary = "The liaison officer proposed for a victim",
            description = "Made when the victim was recorded from an accepted referral: the best-ranked active officer with room, with"
                    + " the reasons of the score, or NO_CANDIDATE when nobody had room")
    @APIResponse(responseCode = "200", description = "The proposal; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not assign officers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or no proposal for it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposalResponse liaisonProposal(@PathParam("id") UUID id) {
        return proposals.get(id).orElseThrow(ProblemException::notFound);
    }

    @POST
    @Path("/confirm")
    @Idempotent
    @Access(resource = "liaison", action = "confirm")
    @Operation(summary = "Confirm the proposed liaison officer",
            description = "Assigns the proposed officer under the usual capacity rules and answers the confirmed proposal")
    @APIResponse(responseCode = "200", description = "Confirmed; assignmentId names the new assignment",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not assign officers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or no proposal for it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PROPOSAL_NOT_OPEN (confirmed, superseded, automatic or no candidate), OFFICER_AT_CAPACITY or"
            + " OFFICER_INACTIVE; nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version of the proposal", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposalResponse confirmLiaisonProposal(@PathParam("id") UUID id,
                                                   @Parameter(description = "The proposal's ETag, to confirm only what was read")
                                                   @HeaderParam("If-Match") String ifMatch) {
        return proposals.confirm(id, ifMatch);
    }
}
