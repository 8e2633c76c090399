package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples each service's memory every 15 seconds while the load runs: the resident set of its process
 * (from the launcher's pid file and {@code /proc}) and the JVM's used heap (its Prometheus metrics).
 * "Memory flat" is judged on the resident set: the median of the last three samples against the median
 * of the first three. Used heap is shown beside it but swings with every collection, so it is not judged.
 */
final class MemorySampler {

    /** One sample: per service, resident MiB and used heap MiB; a service that did not answer has neither. */
    private record Reading(String time, Map<Service, Long> residentMiB, Map<Service, Long> heapMiB) {

        String row() {
            StringBuilder row = new StringBuilder("| ").append(time).append(" |");
            for (Service service : Service.values()) {
                row.append(' ').append(shown(residentMiB.get(service))).append(" / ").append(shown(heapMiB.get(service))).append(" |");
            }
            return row.toString();
        }

        private static String shown(Long mebibytes) {
            return mebibytes == null ? "–" : mebibytes.toString();
        }
    }

    private static final int ENDS = 3;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Reading> readings = Collections.synchronizedList(new ArrayList<>());

    private MemorySampler() {
    }

    static MemorySampler start() {
        MemorySampler sampler = new MemorySampler();
        sampler.scheduler.scheduleAtFixedRate(sampler::sample, 0, 15, TimeUnit.SECONDS);
        return sampler;
    }

    void stop() throws InterruptedException {
        scheduler.shutdown();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
        sample();
    }

    /** Markdown table rows: time, then per service RSS MiB / heap MiB. */
    List<String> tableRows() {
        return snapshot().stream().map(Reading::row).toList();
    }

    /** A service's resident MiB at the start of the load and at its end (medians of {@value #ENDS} samples each). */
    private record Resident(long start, long end) {

        boolean grewMoreThan(double share) {
            return end > start * (1 + share);
        }
    }

    /** Per service: resident MiB at the start and at the end of the load, and the change. */
    List<String> residentGrowth() {
        List<String> lines = new ArrayList<>();
        for (Service service : Service.values()) {
            lines.add(resident(service).map(r -> String.format("%s %d → %d MiB (%+.0f %%)", service.audience(), r.start(), r.end(),
                    100.0 * (r.end() - r.start()) / r.start())).orElse(service.audience() + " not sampled enough"));
        }
        return lines;
    }

    /**
     * The services whose resident memory grew by more than {@code share} from the start of the load to its
     * end, leaving out {@code restarted} ones (a process started during the load grows from nothing).
     */
    List<String> grownMoreThan(double share, Set<String> restarted) {
        List<String> grown = new ArrayList<>();
        for (Service service : Service.values()) {
            if (restarted.contains(service.audience())) {
                continue;
            }
            Optional<Resident> resident = resident(service);
            if (resident.isEmpty()) {
                grown.add(service.audience() + ": not sampled at the start and the end");
            } else if (resident.get().grewMoreThan(share)) {
                grown.add(service.audience() + ": " + resident.get().start() + " → " + resident.get().end() + " MiB resident");
            }
        }
        return grown;
    }

    private Optional<Resident> resident(Service service) {
        List<Long> all = snapshot().stream().map(reading -> reading.residentMiB().get(service)).filter(value -> value != null).toList();
        OptionalLong start = median(all.subList(0, Math.min(ENDS, all.size())));
        OptionalLong end = median(all.subList(Math.max(0, all.size() - ENDS), all.size()));
        return start.isPresent() && end.isPresent() ? Optional.of(new Resident(start.getAsLong(), end.getAsLong())) : Optional.empty();
    }

    private List<Reading> snapshot() {
        synchronized (readings) {
            return new ArrayList<>(readings);
        }
    }

    private static OptionalLong median(List<Long> values) {
        if (values.size() < ENDS) {
            return OptionalLong.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        return OptionalLong.of(sorted.get(sorted.size() / 2));
    }

    private void sample() {
        Map<Service, Long> resident = new EnumMap<>(Service.class);
        Map<Service, Long> heap = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            rssMiB(service.audience()).ifPresent(value -> resident.put(service, value));
            heapMiB(service).ifPresent(value -> heap.put(service, value));
        }
        readings.add(new Reading(Instant.now().toString().substring(11, 19), resident, heap));
    }

    private static OptionalLong rssMiB(String component) {
        try {
            Path pidFile = Platform.launcher().getParent().getParent().resolve(".platform/pids/" + component + ".pid");
            String pid = Files.readString(pidFile).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (Exception unavailable) {
            // down (killed, restarting) or not on this machine
        }
        return OptionalLong.empty();
    }

    private static OptionalLong heapMiB(Service service) {
        try {
            String metrics = given().get(Platform.direct(service) + "/q/metrics").then().extract().asString();
            double bytes = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            return OptionalLong.of(Math.round(bytes / (1024 * 1024)));
        } catch (Exception unavailable) {
            return OptionalLong.empty();
        }
    }
}
