package org.mscu.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures of a load-and-faults run, written as markdown for the reliability report. */
final class LoadReport {

    /**
     * A fault: what happened, the services whose 5xx (503/504, never a 500) it excuses, from and to (ms
     * since the load started).
     */
    record Window(String description, Set<String> excuses, long fromMillis, long toMillis) {

        /** Whether the request was in flight at some moment of the fault. */
        boolean covers(LoadGenerator.Sample sample) {
            return sample.atMillis() <= toMillis && sample.atMillis() + sample.latencyMillis() >= fromMillis;
        }
    }

    private final List<LoadGenerator.Sample> samples;
    private final List<Window> windows;
    private final double rate;
    private final long seconds;
    private final int writes;
    private final List<String> unreadable;
    private final int eventsSent;
    private final List<String> undelivered;
    private final MemorySampler memory;

    LoadReport(List<LoadGenerator.Sample> samples, List<Window> windows, double rate, long seconds, int writes,
               List<String> unreadable, int eventsSent, List<String> undelivered, MemorySampler memory) {
        this.samples = samples;
        this.windows = windows;
        this.rate = rate;
        this.seconds = seconds;
        this.writes = writes;
        this.unreadable = unreadable;
        this.eventsSent = eventsSent;
        this.undelivered = undelivered;
        this.memory = memory;
    }

    /**
     * Every answer but a success that no fault explains: a 5xx or no answer outside a fault that touched
     * the service, and any 4xx (every request of the load is valid, so a 401, 403, 404 or 429 means something broke).
     */
    List<String> failuresOutsideFaults() {
        return samples.stream().filter(sample -> sample.status() < 200 || sample.status() >= 300)
                .filter(sample -> !serverError(sample)
                        || windows.stream().noneMatch(w -> w.covers(sample) && w.excuses().contains(sample.service())))
                .map(LoadReport::describe).toList();
    }

    /** 500s during a fault: an unhandled error where a fast 503 was due. */
    List<String> unhandledInsideFaults() {
        return samples.stream().filter(sample -> sample.status() == 500)
                .filter(sample -> windows.stream().anyMatch(w -> w.covers(sample)))
                .map(LoadReport::describe).toList();
    }

    Path write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("# Load and faults\n\n");
        out.append(String.format("%d requests in %d s at a fixed rate of %.0f/s (open loop) through the gateway. Statuses: %s.%n%n",
                samples.size(), seconds, rate, tally(samples)));
        out.append("| operation | requests | statuses | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        samples.stream().collect(Collectors.groupingBy(LoadGenerator.Sample::operation, TreeMap::new, Collectors.toList()))
                .forEach((operation, list) -> out.append(String.format("| %s | %d | %s | %d | %d | %d | %d |%n", operation, list.size(),
                        tally(list), percentile(list, 50), percentile(list, 95), percentile(list, 99), percentile(list, 100))));
        out.append("\n## Faults\n\n| fault | from s | to s | requests in it | statuses in it | recovered (first success after the fault) |\n|---|---|---|---|---|---|\n");
        for (Window window : windows) {
            List<LoadGenerator.Sample> inside = samples.stream().filter(window::covers).toList();
            out.append(String.format("| %s | %.1f | %.1f | %d | %s | %s |%n", window.description(), window.fromMillis() / 1000.0,
                    window.toMillis() / 1000.0, inside.size(), tally(inside), recovery(window)));
            List<LoadGenerator.Sample> unavailable = inside.stream().filter(s -> s.status() == 503).toList();
            if (!unavailable.isEmpty()) {
                out.append(String.format("|  ↳ 503 answers | | | %d | p50 %d ms, p99 %d ms | |%n", unavailable.size(),
                        percentile(unavailable, 50), percentile(unavailable, 99)));
            }
        }
        out.append(String.format("%nAcknowledged writes (201): %d; read back afterwards: %d; lost: %d%s%n", writes, writes - unreadable.size(),
                unreadable.size(), unreadable.isEmpty() ? "" : " " + unreadable));
        if (eventsSent > 0) {
            out.append(String.format("Referrals accepted while RabbitMQ was down: %d; their victim recorded once it was back: %d%s%n",
                    eventsSent, eventsSent - undelivered.size(), undelivered.isEmpty() ? "" : " (missing: " + undelivered + ")"));
        }
        List<String> outside = failuresOutsideFaults();
        out.append(String.format("Failures no fault explains (any 4xx; a 5xx outside a fault of its service): %d%s%n", outside.size(),
                outside.isEmpty() ? "" : " " + outside.stream().limit(20).toList()));
        out.append("\n## Memory (resident MiB / used heap MiB, every 15 s)\n\n");
        out.append("Resident, median of the first three samples → of the last three: ")
                .append(String.join("; ", memory.residentGrowth())).append(".\n\n| time |");
        for (Service service : Service.values()) {
            out.append(' ').append(service.audience()).append(" |");
        }
        out.append("\n|---|---|---|---|---|\n");
        memory.tableRows().forEach(row -> out.append(row).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        return file;
    }

    /**
     * What the services a fault touched went through: failures from the first to the last, and when they
     * answered successfully again after the last one.
     */
    private String recovery(Window window) {
        List<LoadGenerator.Sample> touched = samples.stream().filter(s -> window.excuses().contains(s.service())).toList();
        List<Long> failures = touched.stream().filter(window::covers).filter(LoadReport::serverError)
                .map(LoadGenerator.Sample::atMillis).sorted().toList();
        if (window.excuses().isEmpty() || failures.isEmpty()) {
            return "no failure seen";
        }
        long last = failures.get(failures.size() - 1);
        return touched.stream().filter(s -> s.atMillis() > last && !serverError(s)).mapToLong(LoadGenerator.Sample::atMillis).min()
                .stream().mapToObj(success -> String.format("failures for %.1f s (from %.1f s); first success %.1f s after the last failure",
                        (last - failures.get(0)) / 1000.0, failures.get(0) / 1000.0, (success - last) / 1000.0))
                .findFirst().orElse("no success after the last failure within the run");
    }

    private static boolean serverError(LoadGenerator.Sample sample) {
        return sample.status() == 0 || sample.status() >= 500;
    }

    private static String tally(List<LoadGenerator.Sample> samples) {
        Map<Integer, Long> counts = new TreeMap<>(samples.stream().collect(Collectors.groupingBy(LoadGenerator.Sample::status, Collectors.counting())));
        return counts.isEmpty() ? "–" : counts.entrySet().stream().map(e -> (e.getKey() == 0 ? "no answer" : e.getKey()) + " × " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static long percentile(List<LoadGenerator.Sample> samples, int percentile) {
        List<Long> latencies = new ArrayList<>(samples.stream().map(LoadGenerator.Sample::latencyMillis).sorted().toList());
        if (latencies.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * latencies.size()) - 1;
        return latencies.get(Math.max(0, Math.min(index, latencies.size() - 1)));
    }

    private static String describe(LoadGenerator.Sample sample) {
        return String.format("%.1fs %s → %d", sample.atMillis() / 1000.0, sample.operation(), sample.status());
    }
}
