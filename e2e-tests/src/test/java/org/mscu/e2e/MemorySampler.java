package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples each service's memory every 15 seconds while the load runs: the resident set of its process
 * (from the launcher's pid file and {@code /proc}) and the JVM's used heap (its Prometheus metrics).
 */
final class MemorySampler {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> rows = Collections.synchronizedList(new ArrayList<>());

    private MemorySampler() {
    }

    static MemorySampler start() {
        MemorySampler sampler = new MemorySampler();
        sampler.scheduler.scheduleAtFixedRate(sampler::sample, 0, 15, TimeUnit.SECONDS);
        return sampler;
    }

    /** Markdown table rows: time, then per service RSS MiB / heap MiB. */
    List<String> stop() throws InterruptedException {
        scheduler.shutdown();
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
        sample();
        return new ArrayList<>(rows);
    }

    private void sample() {
        StringBuilder row = new StringBuilder("| ").append(Instant.now().toString(), 11, 19).append(" |");
        for (Service service : Service.values()) {
            row.append(' ').append(rssMiB(service.audience())).append(" / ").append(heapMiB(service)).append(" |");
        }
        rows.add(row.toString());
    }

    private static String rssMiB(String component) {
        try {
            Path pidFile = Platform.launcher().getParent().getParent().resolve(".platform/pids/" + component + ".pid");
            String pid = Files.readString(pidFile).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (Exception unavailable) {
            // down (killed, restarting) or not on this machine
        }
        return "–";
    }

    private static String heapMiB(Service service) {
        try {
            String metrics = given().get(Platform.direct(service) + "/q/metrics").then().extract().asString();
            double bytes = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            return Long.toString(Math.round(bytes / (1024 * 1024)));
        } catch (Exception unavailable) {
            return "–";
        }
    }
}
