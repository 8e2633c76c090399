package org.mscu.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static Route route(String name, String... prefixes) {
        return new Route(name, List.of(URI.create("http://localhost:1")), List.of(prefixes), List.of("GET"), Duration.ofSeconds(1), 0, true);
    }

    private final RouteTable table = new RouteTable(List.of(
            route("referral", "/api/v1/referrals", "/api/v1/audit/referrals"),
            route("audit", "/api/v1/audit"),
            route("victim", "/api/v1/victims/")));

    @Test
    void matchesThePrefixItselfAndPathsBelowIt() {
        assertEquals("referral", table.match("/api/v1/referrals").orElseThrow().name());
        assertEquals("referral", table.match("/api/v1/referrals/1/triage").orElseThrow().name());
        assertEquals("victim", table.match("/api/v1/victims").orElseThrow().name());
    }

    @Test
    void prefersTheLongestPrefix() {
        assertEquals("referral", table.match("/api/v1/audit/referrals/verify").orElseThrow().name());
        assertEquals("audit", table.match("/api/v1/audit/orders").orElseThrow().name());
    }

    @Test
    void doesNotMatchInsideASegment() {
        assertTrue(table.match("/api/v1/referrals-archive").isEmpty());
        assertTrue(table.match("/api/v1").isEmpty());
    }

    @Test
    void refusesAPrefixRoutedTwice() {
        assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(List.of(route("a", "/api/x"), route("b", "/api/x/"))));
    }
}
