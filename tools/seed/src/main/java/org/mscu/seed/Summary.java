package org.mscu.seed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run leaves behind: per kind, how many of the seed world's records are in place ({@code total})
 * and how many of them this run created or carried out ({@code created}); and, per persona, what that
 * persona sees of them through the API.
 */
public record Summary(String gateway, Map<String, Count> counts, List<String> views, int requests, int rateLimited) {

    public record Count(int total, int created) {
    }

    /** Totals per kind, without what this run created: equal for two runs on the same platform. */
    public Map<String, Integer> totals() {
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().total(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Records created and steps carried out by this run: 0 when the platform held the whole world already. */
    public int created() {
        return counts.values().stream().mapToInt(Count::created).sum();
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Demo data through ").append(gateway).append(" (").append(requests).append(" requests, ")
                .append(rateLimited).append(" of them answered 429 and repeated after Retry-After)\n\n");
        out.append(String.format("  %-26s %6s %8s%n", "kind", "total", "new now"));
        counts.forEach((kind, count) -> out.append(String.format("  %-26s %6d %8d%n", kind, count.total(), count.created())));
        out.append(String.format("  %-26s %6s %8d%n", "", "", created()));
        out.append("\nWho sees what (of this demo data, asked through the API as each persona):\n");
        views.forEach(view -> out.append("  ").append(view).append('\n'));
        return out.toString();
    }
}
