package org.mscu.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mscu.gateway.resilience.CircuitBreaker;

class InstancePoolTest {

    private static final Duration OPEN = Duration.ofSeconds(10);

    private final AtomicLong clock = new AtomicLong();
    private final InstancePool pool = new InstancePool(
            List.of(URI.create("http://a:8081"), URI.create("http://b:9081"), URI.create("http://c:10081")),
            () -> new CircuitBreaker(2, OPEN, clock::get));

    @Test
    void takesTheInstancesInTurn() {
        assertEquals(List.of("a", "b", "c", "a", "b", "c"), hosts(6, Set.of()));
    }

    @Test
    void passesOverAnInstanceWhoseCircuitIsOpen() {
        open(instance("b"));

        List<String> hosts = hosts(6, Set.of());
        assertEquals(Set.of("a", "c"), Set.copyOf(hosts), hosts.toString());
    }

    @Test
    void passesOverWhatTheRequestAlreadyTried() {
        Instance tried = pool.acquire(Set.of()).orElseThrow();
        tried.breaker().onFailure();

        for (int i = 0; i < 6; i++) {
            Instance next = pool.acquire(Set.of(tried)).orElseThrow();
            assertTrue(next != tried, "attempt " + i + " went back to " + tried);
            next.breaker().onSuccess();
        }
    }

    @Test
    void answersNothingWhenNoInstanceCanTakeTheRequest() {
        pool.instances().forEach(InstancePoolTest::open);

        assertTrue(pool.acquire(Set.of()).isEmpty());
        Set<Instance> all = Set.copyOf(pool.instances());
        pool.instances().forEach(instance -> instance.breaker().onSuccess());
        assertTrue(pool.acquire(all).isEmpty(), "every instance tried already");
    }

    @Test
    void letsOneProbeThroughToAnInstanceWhoseOpenTimeIsOver() {
        pool.instances().forEach(InstancePoolTest::open);
        clock.addAndGet(OPEN.toNanos());

        List<Instance> probes = new ArrayList<>();
        pool.acquire(Set.of()).ifPresent(probes::add);
        pool.acquire(Set.of()).ifPresent(probes::add);
        pool.acquire(Set.of()).ifPresent(probes::add);
        assertEquals(3, probes.size(), "one probe per instance");
        assertTrue(pool.acquire(Set.of()).isEmpty(), "no second request while each instance's probe is in flight");
    }

    @Test
    void retryAfterIsTheSoonestProbeOfTheOpenInstances() {
        open(instance("a"));
        clock.addAndGet(Duration.ofSeconds(4).toNanos());
        open(instance("b"));
        open(instance("c"));

        assertEquals(6, pool.retryAfterSeconds());
    }

    @Test
    void aRouteOfOneInstanceIsThatInstanceEveryTime() {
        InstancePool single = new InstancePool(List.of(URI.create("http://only:8081")), () -> new CircuitBreaker(2, OPEN, clock::get));
        for (int i = 0; i < 3; i++) {
            Instance instance = single.acquire(Set.of()).orElseThrow();
            assertEquals("only", instance.host());
            instance.breaker().onSuccess();
        }
    }

    private List<String> hosts(int requests, Set<Instance> tried) {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Instance instance = pool.acquire(tried).orElseThrow();
            hosts.add(instance.host());
            instance.breaker().onSuccess();
        }
        return hosts;
    }

    private Instance instance(String host) {
        return pool.instances().stream().filter(i -> i.host().equals(host)).findFirst().orElseThrow();
    }

    private static void open(Instance instance) {
        for (int i = 0; i < 2; i++) {
            instance.breaker().tryAcquire();
            instance.breaker().onFailure();
        }
    }
}
