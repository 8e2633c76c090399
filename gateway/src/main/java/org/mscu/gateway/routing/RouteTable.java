package org.mscu.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the upstream for a path: the longest configured prefix that matches on a segment boundary. */
public final class RouteTable {

    private record Entry(String prefix, Route route) {
    }

    private final List<Entry> entries;
    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        this.entries = routes.stream()
                .flatMap(route -> route.prefixes().stream().map(prefix -> new Entry(normalise(prefix), route)))
                .sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
                .toList();
        Map<String, List<Entry>> byPrefix = entries.stream().collect(java.util.stream.Collectors.groupingBy(Entry::prefix));
        byPrefix.forEach((prefix, list) -> {
            if (list.size() > 1) {
                throw new IllegalArgumentException("path prefix " + prefix + " is routed to more than one upstream: "
                        + list.stream().map(e -> e.route().name()).toList());
            }
        });
    }

    public Optional<Route> match(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            String prefix = entry.prefix();
            if (path.startsWith(prefix)
                    && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(entry.route());
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }

    private static String normalise(String prefix) {
        String p = prefix.trim();
        if (!p.startsWith("/")) {
            throw new IllegalArgumentException("path prefix must start with /: " + prefix);
        }
        return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
    }
}
