package org.mscu.bench.jwt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time (not wall time) of one token check, from the thread's CPU clock: on a busy machine JMH's
 * average time also counts the time the thread waited for a core. Warms up, then measures rounds of
 * verifications and prints one JSON line: per verifier, the CPU microseconds of each round.
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
        Check gateway = bench::gatewayVerifies;
        Check service = bench::serviceVerifies;
        repeat(gateway, 4 * perRound);
        repeat(service, 4 * perRound);
        StringBuilder gatewayRounds = new StringBuilder();
        StringBuilder serviceRounds = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            gatewayRounds.append(round == 0 ? "" : ",").append(cpuMicros(threads, gateway, perRound));
            serviceRounds.append(round == 0 ? "" : ",").append(cpuMicros(threads, service, perRound));
        }
        System.out.printf("{\"gateway_cpu_us\":[%s],\"service_cpu_us\":[%s],\"per_round\":%d}%n",
                gatewayRounds, serviceRounds, perRound);
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
