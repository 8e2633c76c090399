package org.mscu.victim.timeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/victims/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "What happened to a victim: recorded, liaison officers, placements")
public class TimelineResource {

    private final TimelineService timeline;

    TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Access(resource = "timeline", action = "read")
    @Operation(summary = "A victim's timeline",
            description = "Oldest first, keyset-paginated. Whoever may read the victim may read its timeline; the property of"
                    + " a placement is shown only to callers cleared to know where a victim is placed, an address never")
    @APIResponse(responseCode = "200", description = "A page of the timeline", content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read victims", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such victim, or one the caller may not know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelinePage victimTimeline(@PathParam("id") UUID id,
                                       @Parameter(description = "Page size, 1-200", example = "50") @QueryParam("limit") Integer limit,
                                       @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return timeline.page(id, PageRequest.of(limit, cursor));
    }
}
