package org.mscu.referral.linking;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.params.QueryParams;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks", description = "Clusters of referrals linked by shared identifiers")
public class NetworkResource {

    private final LinkingService service;

    NetworkResource(LinkingService service) {
        this.service = service;
    }

    @GET
    @Access(resource = "referral", action = "networks")
    @Operation(summary = "Networks of linked referrals", description = "Groups of referrals joined by shared identifiers, largest first.")
    @APIResponse(responseCode = "200", description = "Networks", content = @Content(schema = @Schema(implementation = Network.Networks.class)))
    @APIResponse(responseCode = "400", description = "minSize below 2", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see networks", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Network.Networks networks(
            @Parameter(description = "Smallest network to list (at least 2)") @QueryParam("minSize") @DefaultValue("2") String minSize) {
        return service.networks(QueryParams.integer("minSize", minSize));
    }
}
