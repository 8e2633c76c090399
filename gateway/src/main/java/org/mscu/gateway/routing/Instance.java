package org.mscu.gateway.routing;

import java.net.URI;
import org.mscu.gateway.resilience.CircuitBreaker;

/** One instance of an upstream (a base URL) with its own circuit breaker. */
public record Instance(URI url, CircuitBreaker breaker) {

    public String host() {
        return url.getHost();
    }

    public int port() {
        int port = url.getPort();
        return port > 0 ? port : ssl() ? 443 : 80;
    }

    public boolean ssl() {
        return "https".equals(url.getScheme());
    }

    /** The path the URL itself carries ({@code http://host/base} → {@code /base}), put before the request's path. */
    public String basePath() {
        return url.getRawPath() == null ? "" : url.getRawPath();
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
