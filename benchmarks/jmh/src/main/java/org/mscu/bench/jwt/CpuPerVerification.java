package org.mscu.bench.jwt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * CPU time (not wall time) of one token check, from the thread's CPU clock: on a busy machine JMH's
 * average time also counts the time the thread waited for a core. Warms up, then measures rounds of
 * verifications and prints one JSON line: per verifier, the CPU microseconds of each round, on a token's
 * first use (verified in full) and with the token reused (the cache of verified tokens answers).
 *
 *   java -cp ... -Dbench.token=FILE -Dbench.jwks=FILE org.mscu.bench.jwt.CpuPerVerification [rounds] [perRound]
 */
public final class CpuPerVerification {

    private CpuPerVerification() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        TokenVerificationBenchmark bench = new TokenVerificationBenchmark();
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("gateway_cpu_us", bench::gatewayVerifies);
        checks.put("service_cpu_us", bench::serviceVerifies);
        checks.put("gateway_cached_cpu_us", bench::gatewayVerifiesReusedToken);
        checks.put("service_cached_cpu_us", bench::serviceVerifiesReusedToken);
        Map<String, StringJoiner> results = new LinkedHashMap<>();
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            repeat(check.getValue(), 4 * perRound);
            results.put(check.getKey(), new StringJoiner(",", "[", "]"));
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Check> check : checks.entrySet()) {
                results.get(check.getKey()).add(cpuMicros(threads, check.getValue(), perRound));
            }
        }
        StringJoiner json = new StringJoiner(",", "{", "}");
        results.forEach((name, values) -> json.add("\"" + name + "\":" + values));
        json.add("\"per_round\":" + perRound);
        System.out.println(json);
    }

    private static String cpuMicros(ThreadMXBean threads, Check check, int times) throws Exception {
        long start = threads.getCurrentThreadCpuTime();
        repeat(check, times);
        return String.format(java.util.Locale.ROOT, "%.2f", (threads.getCurrentThreadCpuTime() - start) / 1000.0 / times);
    }

    private static void repeat(Check check, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            if (check.run() == null) {
                throw new IllegalStateException("no claims");
            }
        }
    }

    @FunctionalInterface
    private interface Check {
        Object run() throws Exception;
    }
}
