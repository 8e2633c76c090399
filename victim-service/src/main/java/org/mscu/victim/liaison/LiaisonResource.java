package org.mscu.victim.liaison;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/victims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison", description = "Matching and assigning a victim's liaison officer")
public class LiaisonResource {

    private final LiaisonService liaison;

    LiaisonResource(LiaisonService liaison) {
        this.liaison = liaison;
    }

    @GET
    @Path("/{id}/liaison-candidates")
    @Access(resource = "liaison", action = "candidates")
    @Operation(summary = "Rank liaison officers for a victim",
            description = "Active officers with spare capacity (the current officer left out), best first; each lists the reasons of its score")
    @APIResponse(responseCode = "200", description = "Ranked candidates",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not match officers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CandidateResponse> liaisonCandidates(@PathParam("id") UUID id) {
        return liaison.candidates(id);
    }

    @POST
    @Path("/{id}/liaison")
    @Idempotent
    @Access(resource = "liaison", action = "assign")
    @Operation(summary = "Assign a liaison officer",
            description = "Without officerId the best candidate is taken; assigning again ends the current assignment with the reason")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(schema = @Schema(implementation = AssignmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or unknown officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not assign officers", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "OFFICER_AT_CAPACITY, OFFICER_INACTIVE, ALREADY_ASSIGNED or NO_OFFICER_AVAILABLE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assignLiaison(@PathParam("id") UUID id, @NotNull @Valid AssignLiaisonRequest request) {
        AssignmentResponse assignment = liaison.assign(id, request);
        return Response.created(URI.create("/api/v1/victims/" + id + "/liaison")).entity(assignment).build();
    }

    @GET
    @Path("/{id}/liaison")
    @Access(resource = "liaison", action = "history")
    @Operation(summary = "The victim's current liaison assignment")
    @APIResponse(responseCode = "200", description = "Current assignment", content = @Content(schema = @Schema(implementation = AssignmentResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read assignments", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or no officer assigned", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentResponse currentLiaison(@PathParam("id") UUID id) {
        return liaison.currentAssignment(id).orElseThrow(ProblemException::notFound);
    }

    @GET
    @Path("/{id}/liaison/history")
    @Access(resource = "liaison", action = "history")
    @Operation(summary = "Every liaison assignment of the victim, newest first, with why each ended")
    @APIResponse(responseCode = "200", description = "Assignments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read assignments", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AssignmentResponse> liaisonHistory(@PathParam("id") UUID id) {
        return liaison.history(id);
    }
}
