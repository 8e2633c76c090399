package org.mscu.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.problem.ProblemException;

/**
 * Implements {@link Idempotent}: claims the key before the method runs (after access checks),
 * then stores a successful response (serialised here, so the bytes sent are the bytes stored) or
 * releases the claim when the request failed.
 */
public class IdempotencyFilter {

    static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private final IdempotencyStore store;
    private final Caller caller;
    private final ObjectMapper mapper;

    IdempotencyFilter(IdempotencyStore store, Caller caller, ObjectMapper mapper) {
        this.store = store;
        this.caller = caller;
        this.mapper = mapper;
    }

    private record Claim(String clientId, String key) {
    }

    @ServerRequestFilter(priority = Priorities.USER, readBody = true)
    public Optional<Response> claim(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        String header = request.getHeaderString(IdempotencyKey.HEADER);
        if (header == null || !"POST".equals(request.getMethod()) || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(Idempotent.class)) {
            return Optional.empty();
        }
        String key = IdempotencyKey.validate(header);
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        // Keys are scoped to one identity of one client: people share the frontend's client, and one
        // person's stored answer must never be replayed to another who happens to pick the same key.
        String client = (caller.clientId() != null ? caller.clientId() : "-") + "/" + caller.subject();
        ClaimOutcome outcome = store.claim(client, key, IdempotencyKey.requestHash("POST", request.getUriInfo().getPath(), body));
        return switch (outcome) {
            case ClaimOutcome.Claimed claimed -> {
                request.setProperty(CLAIM, new Claim(client, key));
                yield Optional.empty();
            }
            case ClaimOutcome.Replay replay -> Optional.of(replay(replay.response()));
            case ClaimOutcome.InProgress inProgress -> throw ProblemException.conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                    "A request with this Idempotency-Key is still being processed; retry later");
            case ClaimOutcome.Reused reused -> throw ProblemException.unprocessable("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for a different request");
        };
    }

    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR)
    public void store(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 400) {
            store.release(claim.clientId(), claim.key());
            return;
        }
        byte[] body = bytes(response.getEntity());
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredResponse.KEPT_HEADERS) {
            String value = "Content-Type".equals(name) && response.getMediaType() != null
                    ? response.getMediaType().toString() : response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        store.complete(claim.clientId(), claim.key(), new StoredResponse(response.getStatus(), headers, body));
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mapper.writeValueAsBytes(entity);
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        stored.headers().forEach((name, value) -> {
            if ("Content-Type".equals(name)) {
                replay.type(value);
            } else {
                replay.header(name, value);
            }
        });
        return replay.entity(stored.body()).build();
    }
}
