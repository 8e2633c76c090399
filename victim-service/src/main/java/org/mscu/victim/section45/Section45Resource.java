package org.mscu.victim.section45;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/victims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Section 45", description = "Section 45 (MSA 2015) defence considerations")
public class Section45Resource {

    private final Section45Service section45;

    Section45Resource(Section45Service section45) {
        this.section45 = section45;
    }

    @GET
    @Path("/{id}/section45")
    @Access(resource = "section45", action = "read")
    @Operation(summary = "Read the victim's Section 45 consideration", description = "NOT_CONSIDERED until one is recorded")
    @APIResponse(responseCode = "200", description = "The consideration", content = @Content(schema = @Schema(implementation = Section45Response.class)))
    @APIResponse(responseCode = "403", description = "Role may not read Section 45 considerations", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or not assigned to the calling officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Section45Response getSection45(@PathParam("id") UUID id) {
        return section45.get(id);
    }

    @PUT
    @Path("/{id}/section45")
    @Access(resource = "section45", action = "write")
    @Operation(summary = "Record the victim's Section 45 consideration",
            description = "Adult APPLICABLE needs compulsionDetails, a child does not; an excluded offence forbids APPLICABLE; REFERRED_TO_CPS needs cpsReferredAt")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = Section45Response.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. REFERRED_TO_CPS without cpsReferredAt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not record Section 45 considerations", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or not assigned to the calling officer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SCHEDULE_4_EXCLUDED or COMPULSION_REQUIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Section45Response putSection45(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid Section45Request request) {
        return section45.put(id, ifMatch, request);
    }
}
