package org.mscu.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.resilience.CircuitBreaker;

/** The configured routes, their table, and each route's instances with one circuit breaker per instance. */
@ApplicationScoped
public class Upstreams {

    private final RouteTable table;
    private final Map<String, InstancePool> pools = new LinkedHashMap<>();

    public Upstreams(GatewayConfig config) {
        List<Route> routes = new ArrayList<>();
        config.routes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Route route = toRoute(entry.getKey(), entry.getValue());
            GatewayConfig.CircuitBreaker breaker = entry.getValue().circuitBreaker();
            routes.add(route);
            pools.put(route.name(), new InstancePool(route.instances(),
                    () -> new CircuitBreaker(breaker.failureThreshold(), breaker.openDuration())));
        });
        this.table = new RouteTable(routes);
    }

    public RouteTable table() {
        return table;
    }

    public List<Route> routes() {
        return table.routes();
    }

    public InstancePool pool(Route route) {
        return pools.get(route.name());
    }

    static Route toRoute(String name, GatewayConfig.Route config) {
        Set<String> methods = new LinkedHashSet<>();
        config.methods().forEach(m -> methods.add(m.trim().toUpperCase(Locale.ROOT)));
        return new Route(name, instances(name, config.url()), List.copyOf(config.prefixes()), List.copyOf(methods),
                config.timeout(), config.retries(), config.openapi());
    }

    /** The base URL of each instance, as listed (comma-separated); each at most once. */
    static List<URI> instances(String route, List<String> urls) {
        Set<URI> seen = new HashSet<>();
        return urls.stream().map(String::trim).filter(url -> !url.isEmpty()).map(url -> {
            URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("route " + route + ": url must be http(s)://host[:port], got " + url);
            }
            if (!seen.add(uri)) {
                throw new IllegalArgumentException("route " + route + ": instance " + url + " is listed twice");
            }
            return uri;
        }).toList();
    }
}
