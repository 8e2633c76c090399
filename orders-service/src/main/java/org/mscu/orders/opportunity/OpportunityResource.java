package org.mscu.orders.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.params.QueryParams;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

@Path("/api/v1/order-opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Order opportunities", description = "Risk Order opportunities where a criminal investigation is not pursued, assessed by vulnerability leads")
public class OpportunityResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final OpportunityService opportunities;

    OpportunityResource(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @POST
    @Access(resource = "opportunity", action = "create")
    @Operation(operationId = "createOpportunity", summary = "Open a Risk Order opportunity", description = "Coordinators and vulnerability leads; one per referral (also opened from referral-service's no-further-action event).")
    @APIResponse(responseCode = "201", description = "Opportunity opened (OPEN)", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot open opportunities", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "OPPORTUNITY_EXISTS for this referral", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Idempotent
    public Response create(@NotNull @Valid CreateOpportunityRequest request) {
        OpportunityResponse created = opportunities.create(request);
        return Response.created(URI.create("/api/v1/order-opportunities/" + created.id())).entity(created).build();
    }

    @GET
    @Access(resource = "opportunity", action = "read")
    @Operation(operationId = "listOpportunities", summary = "List Risk Order opportunities", description = "Oldest first, filtered by referral and status.")
    @APIResponse(responseCode = "200", description = "A page of opportunities ({items, nextCursor})")
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read opportunities", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<OpportunityResponse> list(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("referralId") String referralId,
                                          @Parameter(schema = @Schema(implementation = OpportunityStatus.class)) @QueryParam("status") String status,
                                          @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return opportunities.list(QueryParams.uuid("referralId", referralId),
                QueryParams.enumOf(OpportunityStatus.class, "status", status), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Access(resource = "opportunity", action = "read")
    @Operation(operationId = "getOpportunity", summary = "Get a Risk Order opportunity")
    @APIResponse(responseCode = "200", description = "The opportunity", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot read opportunities", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OpportunityResponse get(@PathParam("id") UUID id) {
        return opportunities.find(id).orElseThrow(ProblemException::notFound);
    }

    @POST
    @Path("/{id}/assessment")
    @Access(resource = "opportunity", action = "assess")
    @Operation(summary = "Assess a Risk Order opportunity", description = "Vulnerability leads. PURSUE opens a draft STRO application linked to the referral; DECLINE records the rationale. Once only.")
    @APIResponse(responseCode = "200", description = "The assessed opportunity", content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller's role cannot assess opportunities", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "ALREADY_ASSESSED", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OpportunityResponse assess(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @NotNull @Valid AssessmentRequest request) {
        return opportunities.assess(id, ifMatch, request);
    }
}
