package org.mscu.gateway.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.gateway.resilience.CircuitBreaker;
import org.mscu.gateway.routing.Instance;

class UpstreamReadinessTest {

    private static Instance instance(String url) {
        return new Instance(URI.create(url), new CircuitBreaker(5, Duration.ofSeconds(10)));
    }

    @Test
    void describesARouteOfOneInstanceAsBefore() {
        assertEquals("UNREACHABLE (circuit CLOSED)",
                UpstreamReadiness.describe(List.of(instance("http://localhost:8081")), List.of("UNREACHABLE")));
    }

    @Test
    void aRouteIsUpWhileOneOfItsInstancesIs() {
        assertEquals("UP (1 of 2 instances up: http://localhost:8081 UNREACHABLE, circuit CLOSED; http://localhost:9081 UP, circuit CLOSED)",
                UpstreamReadiness.describe(List.of(instance("http://localhost:8081"), instance("http://localhost:9081")),
                        List.of("UNREACHABLE", "UP")));
    }

    @Test
    void aRouteWithNoInstanceUpIsDownWhenOneAnswersNotReady() {
        assertEquals("DOWN (0 of 2 instances up: http://a:1 DOWN, circuit CLOSED; http://b:1 UNREACHABLE, circuit CLOSED)",
                UpstreamReadiness.describe(List.of(instance("http://a:1"), instance("http://b:1")), List.of("DOWN", "UNREACHABLE")));
        assertEquals("UNREACHABLE (0 of 2 instances up: http://a:1 UNREACHABLE, circuit CLOSED; http://b:1 UNREACHABLE, circuit CLOSED)",
                UpstreamReadiness.describe(List.of(instance("http://a:1"), instance("http://b:1")), List.of("UNREACHABLE", "UNREACHABLE")));
    }
}
