package org.mscu.platform.openapi;

import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.mscu.platform.pagination.PageRequest;
import org.mscu.platform.problem.Problem;

/**
 * What every service's API document has in common, added once here rather than annotated on every
 * resource method:
 * <ul>
 * <li>the problem answers every {@code /api} operation can give — 401, 403, 500, 400 when it takes a
 * body or query parameters, 404 when its path names a record, 412 when it reads {@code If-Match} —
 * unless the method documents its own;</li>
 * <li>the bounds of the page size {@code limit} every list takes (1..200), so that the gateway's
 * merged document passes the OWASP lint (an unbounded integer a caller sends is an error there);</li>
 * <li>service-specific operation ids for the library's audit and dead-letter endpoints ({@code referralsAuditEntries}),
 * so that ids stay unique in the gateway's merged document, from which clients are generated.</li>
 * </ul>
 */
public class PlatformOpenApiFilter implements OASFilter {

    private static final Set<String> SHARED_OPERATIONS = Set.of("auditEntries", "verifyAuditChain",
            "deadLetterQueues", "replayDeadLetters");
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final String service = ConfigProvider.getConfig()
            .getOptionalValue("mscu.service.name", String.class).orElse("");

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id != null && SHARED_OPERATIONS.contains(id) && !service.isEmpty()) {
            operation.setOperationId(service + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> addStandardProblems(path, operation));
            }
        });
    }

    private static void addStandardProblems(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfMissing(responses, "401", "No valid bearer token for this service");
        addIfMissing(responses, "403", "The caller's role may not use this function");
        if (operation.getRequestBody() != null || readsQuery(operation)) {
            addIfMissing(responses, "400", "Invalid body or parameters: per-field errors");
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404", "No such record, or one the caller may not know");
        }
        if (readsIfMatch(operation)) {
            addIfMissing(responses, "412", "If-Match names a stale version: nothing changed");
        }
        addIfMissing(responses, "500", "Unexpected failure: a problem without details; quote its traceId");
        boundPageSize(operation);
    }

    private static boolean readsQuery(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    /** The page size every list reads ({@link PageRequest}): 1..{@value PageRequest#MAX_LIMIT}, else 400. */
    private static void boundPageSize(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.QUERY && "limit".equals(p.getName()) && p.getSchema() != null
                        && p.getSchema().getType() != null && p.getSchema().getType().contains(Schema.SchemaType.INTEGER))
                .forEach(p -> p.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT)));
    }

    private static boolean readsIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse problem = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        responses.addAPIResponse(status, problem);
    }
}
