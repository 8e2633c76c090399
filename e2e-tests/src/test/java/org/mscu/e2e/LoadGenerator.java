package org.mscu.e2e;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Open-loop load at a fixed rate: a scheduler starts one request every {@code 1/rate} seconds whatever
 * the answers (so slow answers do not slow the load down and hide themselves), drawn from a weighted
 * mix of operations, and records each request's start, operation, status and latency.
 */
final class LoadGenerator {

    /** One kind of request in the mix, and the service (its audience name) that answers it. */
    record Operation(String name, String service, int weight, Function<Random, Response> call) {
    }

    /** One request sent: when (ms since the start), what, to which service, the status (0: no answer), how long it took. */
    record Sample(long atMillis, String operation, String service, int status, long latencyMillis) {
    }

    static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 60_000));

    private final List<Operation> mix;
    private final int totalWeight;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();

    /** The clock ({@link #now()}) starts here; call {@link #run} right after. */
    LoadGenerator(List<Operation> mix) {
        this.mix = List.copyOf(mix);
        this.totalWeight = mix.stream().mapToInt(Operation::weight).sum();
    }

    /** Runs for {@code seconds} at {@code rate} requests per second; waits for the requests in flight. */
    List<Sample> run(double rate, long seconds, long seed) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newFixedThreadPool(96);
        Random random = new Random(seed);
        long periodMicros = Math.max(1, Math.round(1_000_000 / rate));
        scheduler.scheduleAtFixedRate(() -> {
            Operation operation = pick(random);
            long seedOfRequest = random.nextLong();
            workers.submit(() -> send(operation, new Random(seedOfRequest)));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000);
        scheduler.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        return new ArrayList<>(samples);
    }

    /** Milliseconds since the load started. */
    long now() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void send(Operation operation, Random random) {
        long at = now();
        long started = System.nanoTime();
        int status;
        try {
            status = operation.call().apply(random).statusCode();
        } catch (RuntimeException | AssertionError failed) {
            status = 0;  // no answer at all (connection refused or timed out)
        }
        samples.add(new Sample(at, operation.name(), operation.service(), status, (System.nanoTime() - started) / 1_000_000));
    }

    private Operation pick(Random random) {
        int ticket = random.nextInt(totalWeight);
        for (Operation operation : mix) {
            ticket -= operation.weight();
            if (ticket < 0) {
                return operation;
            }
        }
        return mix.get(mix.size() - 1);
    }
}
