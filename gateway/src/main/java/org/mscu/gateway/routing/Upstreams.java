package org.mscu.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.resilience.CircuitBreaker;

/** The configured routes, their table and one circuit breaker per upstream. */
@ApplicationScoped
public class Upstreams {

    private final RouteTable table;
    private final Map<String, CircuitBreaker> breakers = new LinkedHashMap<>();

    public Upstreams(GatewayConfig config) {
        List<Route> routes = config.routes().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> toRoute(e.getKey(), e.getValue()))
                .toList();
        this.table = new RouteTable(routes);
        config.routes().forEach((name, route) -> breakers.put(name, new CircuitBreaker(
                route.circuitBreaker().failureThreshold(), route.circuitBreaker().openDuration())));
    }

    public RouteTable table() {
        return table;
    }

    public List<Route> routes() {
        return table.routes();
    }

    public CircuitBreaker breaker(Route route) {
        return breakers.get(route.name());
    }

    private static Route toRoute(String name, GatewayConfig.Route config) {
        URI url = URI.create(config.url().endsWith("/") ? config.url().substring(0, config.url().length() - 1) : config.url());
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("route " + name + ": url must be http(s)://host[:port], got " + config.url());
        }
        Set<String> methods = new LinkedHashSet<>();
        config.methods().forEach(m -> methods.add(m.trim().toUpperCase(Locale.ROOT)));
        return new Route(name, url, List.copyOf(config.prefixes()), List.copyOf(methods), config.timeout(),
                config.retries(), config.openapi());
    }
}
