package org.mscu.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** One upstream and what the gateway knows about reaching it. */
public record Route(String name, URI url, List<String> prefixes, List<String> methods, Duration timeout,
                    int retries, boolean openapi) {

    public boolean serves(String method) {
        return methods.contains(method);
    }

    public String allowHeader() {
        return String.join(", ", methods);
    }
}
