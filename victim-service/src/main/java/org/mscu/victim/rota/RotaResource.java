package org.mscu.victim.rota;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.idempotency.Idempotent;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.params.QueryParams;

@Path("/api/v1/tactical-advisors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tactical-advisor rota", description = "The 24/7 tactical-advisor rota and its coverage")
public class RotaResource {

    private final RotaService rota;

    RotaResource(RotaService rota) {
        this.rota = rota;
    }

    @POST
    @Idempotent
    @Access(resource = "rota", action = "manage")
    @Operation(summary = "Add a tactical advisor to the rota")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AdvisorResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not manage the rota", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "USERNAME_ON_ROTA, or the idempotency key is in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createTacticalAdvisor(@NotNull @Valid CreateAdvisorRequest request) {
        AdvisorResponse advisor = rota.createAdvisor(request);
        return Response.created(URI.create("/api/v1/tactical-advisors/" + advisor.id())).entity(advisor).build();
    }

    @POST
    @Path("/shifts")
    @Idempotent
    @Access(resource = "rota", action = "manage")
    @Operation(summary = "Add a shift", description = "End after start, at most 24 hours")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: end not after start, longer than 24 hours, unknown advisor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not manage the rota", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The idempotency key is in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createShift(@NotNull @Valid CreateShiftRequest request) {
        ShiftResponse shift = rota.createShift(request);
        return Response.created(URI.create("/api/v1/tactical-advisors/shifts/" + shift.id())).entity(shift).build();
    }

    @GET
    @Path("/{id}")
    @Access(resource = "rota", action = "read")
    @Operation(summary = "Read a tactical advisor")
    @APIResponse(responseCode = "200", description = "The advisor", content = @Content(schema = @Schema(implementation = AdvisorResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the rota", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such advisor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdvisorResponse getTacticalAdvisor(@PathParam("id") UUID id) {
        return rota.advisor(id);
    }

    @GET
    @Path("/shifts/{id}")
    @Access(resource = "rota", action = "read")
    @Operation(summary = "Read a shift")
    @APIResponse(responseCode = "200", description = "The shift", content = @Content(schema = @Schema(implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the rota", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such shift", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ShiftResponse getShift(@PathParam("id") UUID id) {
        return rota.shift(id);
    }

    @GET
    @Path("/on-call")
    @Access(resource = "rota", action = "on-call")
    @Operation(summary = "Advisors on call at an instant", description = "Now when `at` is absent")
    @APIResponse(responseCode = "200", description = "Advisors on call", content = @Content(schema = @Schema(implementation = OnCallResponse.class)))
    @APIResponse(responseCode = "400", description = "`at` is not an RFC 3339 instant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see who is on call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OnCallResponse onCallAdvisors(@Parameter(description = "RFC 3339 instant", example = "2026-12-01T03:00:00Z") @QueryParam("at") String at) {
        return rota.onCall(QueryParams.instant("at", at));
    }

    @GET
    @Path("/coverage")
    @Access(resource = "rota", action = "read")
    @Operation(summary = "Coverage of a window", description = "The exact uncovered stretches, overlapping shifts merged")
    @APIResponse(responseCode = "200", description = "Coverage", content = @Content(schema = @Schema(implementation = CoverageResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid from/to, to not after from, window too wide", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the rota", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CoverageResponse rotaCoverage(@Parameter(description = "Window start", required = true) @QueryParam("from") String from,
                                     @Parameter(description = "Window end (exclusive)", required = true) @QueryParam("to") String to) {
        return rota.coverage(QueryParams.requiredInstant("from", from), QueryParams.requiredInstant("to", to));
    }
}
