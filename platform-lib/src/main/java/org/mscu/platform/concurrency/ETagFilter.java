package org.mscu.platform.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code ETag: "<version>"} to successful responses whose body is {@link Versioned} (or a
 * redacted JSON tree that still carries a numeric {@code version}), unless the resource set one.
 */
public class ETagFilter {

    @ServerResponseFilter
    public void addETag(ContainerResponseContext response) {
        if (response.getStatus() >= 300 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof Versioned versioned) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, ETags.of(versioned.version()));
        } else if (entity instanceof JsonNode tree && tree.path("version").isIntegralNumber()) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, ETags.of(tree.path("version").asLong()));
        }
    }
}
