package org.mscu.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One upstream service and what the gateway knows about reaching it: the base URL of each of its
 * instances (usually one, a Kubernetes Service; several when the gateway balances the replicas itself).
 */
public record Route(String name, List<URI> instances, List<String> prefixes, List<String> methods, Duration timeout,
                    int retries, boolean openapi) {

    public Route {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("route " + name + " names no upstream instance");
        }
        instances = List.copyOf(instances);
    }

    public boolean serves(String method) {
        return methods.contains(method);
    }

    public String allowHeader() {
        return String.join(", ", methods);
    }
}
