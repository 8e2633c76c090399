package org.mscu.referral.linking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/referrals/{id}/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Linking", description = "Referrals that share a phone, postcode, vehicle or suspect name")
public class LinkingResource {

    private final LinkingService service;

    LinkingResource(LinkingService service) {
        this.service = service;
    }

    @GET
    @Access(resource = "referral", action = "links")
    @Operation(summary = "Referrals linked to this one", description = "What matched, never the values. MSCU coordinators and "
            + "tactical advisors link any referral; a referrer or partner system links a referral of its agency or one shared "
            + "with it at level FULL, and sees only linked referrals it could link itself: others are neither listed nor counted.")
    @APIResponse(responseCode = "200", description = "Linked referrals", content = @Content(schema = @Schema(implementation = Link.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Role may not see links", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one the caller may link", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Link> links(@PathParam("id") UUID id) {
        return service.links(id);
    }
}
