package org.mscu.referral.intake;

import org.mscu.platform.params.QueryParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Intake and reading of referrals of potential victims")
public class ReferralResource {

    private final ReferralService service;
    private final ReferralQuery query;

    ReferralResource(ReferralService service, ReferralQuery query) {
        this.service = service;
        this.query = query;
    }

    @POST
    @Idempotent
    @Access(resource = "referral", action = "create")
    @Operation(summary = "Submit a referral", description = "The referring agency comes from the access token. "
            + "Send an Idempotency-Key to retry safely: a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new referral",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: per-field errors", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not submit referrals", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateReferralRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        ReferralService.Created created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(new EntityTag(Long.toString(created.version())))
                .entity(created.body()).build();
    }

    @GET
    @Path("/{id}")
    @Access(resource = "referral", action = "read")
    @Operation(summary = "Read a referral", description = "Fields the caller's grant hides are absent (SUMMARY shares, registrars).")
    @APIResponse(responseCode = "200", description = "The referral; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read referrals", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral, or not one the caller's agency may know", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Referrals.Viewed viewed = service.get(id);
        return Response.ok(viewed.body()).tag(new EntityTag(Long.toString(viewed.version()))).build();
    }

    @GET
    @Access(resource = "referral", action = "list")
    @Operation(summary = "List referrals", description = "Newest first (receivedAt, then id), keyset-paginated. "
            + "Partners see their own agency's referrals and those shared with it; every item is redacted by its grant.")
    @APIResponse(responseCode = "200", description = "A page of referrals",
            content = @Content(schema = @Schema(implementation = ReferralPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter, limit over 200 or a bad cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not list referrals", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralPage list(@QueryParam("status") @Parameter(schema = @Schema(implementation = ReferralStatus.class)) String status,
                             @QueryParam("source") @Parameter(schema = @Schema(implementation = ReferralSource.class)) String source,
                             @QueryParam("exploitationType") @Parameter(schema = @Schema(implementation = ExploitationType.class)) String exploitationType,
                             @QueryParam("child") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String child,
                             @QueryParam("receivedFrom") @Parameter(description = "Received at or after (RFC 3339)") String receivedFrom,
                             @QueryParam("receivedTo") @Parameter(description = "Received before (RFC 3339)") String receivedTo,
                             @QueryParam("crimeReference") @Parameter(description = "Exact crime reference") String crimeReference,
                             @QueryParam("nrmReference") @Parameter(description = "Exact NRM reference") String nrmReference,
                             @QueryParam("limit") @Parameter(description = "1 to 200, default 50") String limit,
                             @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        ReferralFilter filter = new ReferralFilter(QueryParams.enumOf(ReferralStatus.class, "status", status),
                QueryParams.enumOf(ReferralSource.class, "source", source),
                QueryParams.enumOf(ExploitationType.class, "exploitationType", exploitationType),
                QueryParams.bool("child", child), QueryParams.instant("receivedFrom", receivedFrom), QueryParams.instant("receivedTo", receivedTo),
                crimeReference, nrmReference);
        return new ReferralPage(query.list(filter, PageRequest.of(QueryParams.integer("limit", limit), cursor)));
    }
}
