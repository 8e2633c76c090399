package org.mscu.referral.history;

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
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.params.QueryParams;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/referrals/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "A referral's state changes, accesses and disclosures")
public class HistoryResource {

    private final HistoryService service;

    HistoryResource(HistoryService service) {
        this.service = service;
    }

    @GET
    @Access(resource = "referral", action = "history")
    @Operation(summary = "A referral's history, newest first")
    @APIResponse(responseCode = "200", description = "History entries", content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read history", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HistoryPage history(@PathParam("id") UUID id,
                               @QueryParam("limit") @Parameter(description = "1 to 200, default 50") String limit,
                               @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        Page<HistoryItem> page = service.history(id, PageRequest.of(QueryParams.integer("limit", limit), cursor));
        return new HistoryPage(page.items(), page.nextCursor());
    }
}
