package org.mscu.platform.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mscu.platform.pagination.Page;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.policy.Access;
import org.mscu.platform.problem.Problem;
import org.mscu.platform.problem.ProblemException;

/** The audit log of this service, for auditors: list entries and verify the chain. */
@Path("/api/v1/audit/{service}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "DPA 2018 s.62 log of personal-data processing")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role may not read the audit log",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not this service",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    private final AuditQueries queries;
    private final String serviceName;

    AuditResource(AuditQueries queries, @ConfigProperty(name = "mscu.service.name") String serviceName) {
        this.queries = queries;
        this.serviceName = serviceName;
    }

    @GET
    @Access(resource = "audit", action = "read")
    @APIResponse(responseCode = "200", description = "Entries, newest first")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AuditEntry> auditEntries(@PathParam("service") String service, @QueryParam("resourceId") String resourceId,
                                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        requireThisService(service);
        return queries.entries(resourceId, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/verify")
    @Access(resource = "audit", action = "verify")
    @APIResponse(responseCode = "200", description = "Whether the chain holds, and the first broken link if not")
    public AuditVerification verifyAuditChain(@PathParam("service") String service) {
        requireThisService(service);
        return queries.verify(service);
    }

    private void requireThisService(String service) {
        if (!serviceName.equals(service)) {
            throw ProblemException.notFound();
        }
    }
}
