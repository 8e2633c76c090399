package org.mscu.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * #8, correlation: the caller's {@code X-Request-Id} is echoed, forwarded to the service, and names
 * the request's line in the service's log and in the gateway's access log — neither of which holds
 * the query string. Reads the logs of the platform under test ({@code .platform/logs/} beside its
 * launcher, see {@link Platform#log}).
 */
class CorrelationIT {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesTheCallersRequestIdAndTheServiceLogsItWithoutTheQuery() {
        String requestId = "e2e-" + UUID.randomUUID();
        String marker = "Q" + Gateway.unique();

        Gateway.as(Persona.COORDINATOR).header("X-Request-Id", requestId)
                .queryParam("crimeReference", marker).get("/api/v1/referrals")
                .then().statusCode(200).header("X-Request-Id", equalTo(requestId));

        String serviceLine = awaitLine("referral-service", requestId);
        assertThat("the service's log line quotes no query string", serviceLine, not(containsString(marker)));
        String gatewayLine = awaitLine("gateway", requestId);
        assertThat(gatewayLine, containsString("route=referral"));
        assertThat("the gateway's access log quotes no query string", gatewayLine, not(containsString(marker)));
    }

    @Test
    void givesARequestWithoutIdOneAndPassesItOn() {
        String requestId = Gateway.as(Persona.ORDER_MANAGER).queryParam("limit", 1).get("/api/v1/orders")
                .then().statusCode(200).extract().header("X-Request-Id");

        assertThat(requestId, matchesPattern(UUID_PATTERN));
        awaitLine("orders-service", requestId);
    }

    @Test
    void replacesAMalformedRequestId() {
        String malformed = "<script>" + "x".repeat(200);

        String requestId = Gateway.as(Persona.COORDINATOR).header("X-Request-Id", malformed)
                .queryParam("limit", 1).get("/api/v1/referrals")
                .then().statusCode(200).extract().header("X-Request-Id");

        assertThat(requestId, matchesPattern(UUID_PATTERN));
    }

    /** The line of a component's log naming the request id; logs are written asynchronously, so waits a little. */
    private static String awaitLine(String component, String requestId) {
        Path log = Platform.log(component);
        assertTrue(Files.isRegularFile(log), "no log of " + component + " at " + log);
        return await("a line of " + log + " naming request " + requestId).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> lineWith(log, requestId), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<String> lineWith(Path log, String text) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.stream().filter(line -> line.contains(text)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
