package org.mscu.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;

/** The service with its broker unreachable (a closed port): it starts, answers, stays ready and keeps its events. */
@QuarkusTest
@TestProfile(BrokerDownTest.BrokerDown.class)
class BrokerDownTest {

    public static class BrokerDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1 (tcpmux) has no listener here: connections are refused at once.
            return Map.of("mscu.events.port", "1", "%test.mscu.events.port", "1",
                    "mscu.events.relay.backoff-initial", "50ms", "%test.mscu.events.relay.backoff-initial", "50ms",
                    "mscu.events.relay.backoff-max", "200ms", "%test.mscu.events.relay.backoff-max", "200ms");
        }
    }

    @Test
    void acceptsWritesAndKeepsTheirEventsWithGrowingBackoff() throws Exception {
        String sampleId = Samples.create(Persona.COORDINATOR, null);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                Integer.parseInt(Database.scalar("SELECT attempts FROM outbox_event WHERE subject = ?", sampleId)) >= 2);
        assertThat(Database.scalar("SELECT (published_at IS NULL) || '|' || (next_attempt_at > occurred_at) "
                + "FROM outbox_event WHERE subject = ?", sampleId)).isEqualTo("true|true");
        assertThat(Database.scalar("SELECT last_error FROM outbox_event WHERE subject = ?", sampleId))
                .contains("broker unreachable");
    }

    @Test
    void staysReadyWithADegradedEventsDetail() {
        Samples.create(Persona.COORDINATOR, null);

        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'events' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'events' }.data.status", equalTo("degraded"))
                .body("checks.find { it.name == 'events' }.data.broker", equalTo("unreachable"))
                .body("checks.find { it.name == 'events' }.data.backlog", greaterThanOrEqualTo(1));
    }

    @Test
    void answersServiceUnavailableForDeadLetterOperations() {
        as(Persona.COORDINATOR).when().get("/api/v1/events/platform/dead-letters").then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("EVENTS_BROKER_UNAVAILABLE"));
    }
}
