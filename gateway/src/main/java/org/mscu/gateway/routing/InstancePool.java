package org.mscu.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mscu.gateway.resilience.CircuitBreaker;

/**
 * The instances of one route, taken in turn (round robin). An instance whose circuit is open, or that
 * this request already tried, is passed over for the next one; only when none can take the request
 * does the route count as unavailable.
 */
public final class InstancePool {

    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    public InstancePool(List<URI> urls, Supplier<CircuitBreaker> breakers) {
        this.instances = urls.stream().map(url -> new Instance(url, breakers.get())).toList();
    }

    /**
     * The next instance in turn that {@code tried} does not hold and whose circuit breaker lets a
     * request through now; empty when there is none. An instance answered here has been admitted by
     * its breaker: the caller must report the outcome to it (success, failure or release).
     */
    public Optional<Instance> acquire(Set<Instance> tried) {
        int size = instances.size();
        int start = Math.floorMod(turn.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            Instance candidate = instances.get((start + i) % size);
            if (!tried.contains(candidate) && candidate.breaker().tryAcquire()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whole seconds until the first open circuit of the route lets a probe through (at least 1). */
    public long retryAfterSeconds() {
        return instances.stream().map(Instance::breaker)
                .filter(breaker -> breaker.state() != CircuitBreaker.State.CLOSED)
                .mapToLong(CircuitBreaker::retryAfterSeconds).min().orElse(1);
    }

    public List<Instance> instances() {
        return instances;
    }
}
