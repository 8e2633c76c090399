package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

@QuarkusTest
class AccessLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(String.format(record.getMessage().replace("{0}", "%s"), record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Logger.getLogger("org.mscu.gateway.access").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("org.mscu.gateway.access").removeHandler(capture);
    }

    @Test
    void writesOneLinePerRequestWithRouteStatusClientAndAgencyButNoQueryOrToken() {
        String requestId = "log-" + UUID.randomUUID();
        String token = TestTokens.as(Persona.LA_CASE_SYSTEM).sign();
        given().header("Authorization", "Bearer " + token).header("X-Request-Id", requestId)
                .when().get("/api/v1/referrals?familyName=Popescu")
                .then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains(requestId)));
        List<String> mine = lines.stream().filter(l -> l.contains(requestId)).toList();
        String line = mine.get(0);
        assertTrue(mine.size() == 1, "one line: " + mine);
        assertTrue(line.contains("path=/api/v1/referrals "), line);
        assertTrue(line.contains("route=referral status=200"), line);
        assertTrue(line.contains("client=la-case-system agency=manchester-city-council"), line);
        assertTrue(line.matches(".*latencyMs=[0-9.]+.*"), line);
        assertFalse(line.contains("Popescu"), line);
        assertFalse(line.contains(token), line);
    }
}
