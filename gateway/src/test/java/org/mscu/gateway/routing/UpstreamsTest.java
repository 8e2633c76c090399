package org.mscu.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamsTest {

    @Test
    void aSingleUrlIsOneInstance() {
        assertEquals(List.of(URI.create("http://localhost:8081")), Upstreams.instances("referral", List.of("http://localhost:8081/")));
    }

    @Test
    void severalUrlsAreInstancesInTheOrderListed() {
        assertEquals(List.of(URI.create("http://localhost:8081"), URI.create("https://replica.internal")),
                Upstreams.instances("referral", List.of(" http://localhost:8081", "https://replica.internal/", "")));
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        assertThrows(IllegalArgumentException.class, () -> Upstreams.instances("referral", List.of("localhost:8081")));
        assertThrows(IllegalArgumentException.class, () -> Upstreams.instances("referral", List.of("ftp://localhost")));
    }

    @Test
    void refusesAnInstanceListedTwiceAndARouteWithoutInstance() {
        assertThrows(IllegalArgumentException.class,
                () -> Upstreams.instances("referral", List.of("http://localhost:8081", "http://localhost:8081/")));
        assertThrows(IllegalArgumentException.class, () -> new Route("referral", List.of(), List.of("/api/v1/referrals"),
                List.of("GET"), java.time.Duration.ofSeconds(1), 0, true));
    }
}
