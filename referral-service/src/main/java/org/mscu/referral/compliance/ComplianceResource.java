package org.mscu.referral.compliance;

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

@Path("/api/v1/compliance/crime-recording")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance", description = "NCRS crime-recording compliance")
public class ComplianceResource {

    private final ComplianceService service;

    ComplianceResource(ComplianceService service) {
        this.service = service;
    }

    @GET
    @Access(resource = "referral", action = "compliance")
    @Operation(summary = "Crime-recording compliance for referrals received in a period",
            description = "Counts by status against the clock, the compliance rate, and the overdue referrals.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ComplianceReport.class)))
    @APIResponse(responseCode = "400", description = "from/to missing, malformed or out of order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read compliance", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplianceReport crimeRecording(
            @Parameter(description = "Received at or after (RFC 3339)", required = true) @QueryParam("from") String from,
            @Parameter(description = "Received before (RFC 3339)", required = true) @QueryParam("to") String to) {
        return service.crimeRecording(QueryParams.instant("from", from), QueryParams.instant("to", to));
    }
}
