package org.mscu.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.sample.SampleCreatedHandler;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.EventCapture;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestEvents;

/** The whole way: a write's outbox row, the application's relay, the broker, a consumer of the same service. */
@QuarkusTest
class EventPipelineTest {

    @Test
    void relaysAnOutboxEventAsACloudEventAndItsConsumerProcessesIt() throws SQLException {
        try (EventCapture published = TestEvents.capture("sample.created")) {
            String sampleId = Samples.create(Persona.COORDINATOR, null);

            EventCapture.Captured message = published.awaitMessage(m -> sampleId.equals(m.envelope().subject()));
            EventEnvelope event = message.envelope();
            assertThat(event.id()).isEqualTo(Database.scalar("SELECT id::text FROM outbox_event WHERE subject = ?", sampleId));
            assertThat(event.specversion()).isEqualTo("1.0");
            assertThat(event.type()).isEqualTo("sample.created");
            assertThat(event.source()).isEqualTo("platform");
            assertThat(event.datacontenttype()).isEqualTo("application/json");
            assertThat(event.time()).isNotNull();
            assertThat(event.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(event.data().get("kind").asText()).isEqualTo("STANDARD");
            assertThat(message.routingKey()).isEqualTo("sample.created");
            assertThat(message.properties().getContentType()).isEqualTo(EventEnvelope.CONTENT_TYPE);
            assertThat(message.properties().getMessageId()).isEqualTo(event.id());
            assertThat(message.properties().getType()).isEqualTo("sample.created");
            assertThat(message.properties().getDeliveryMode()).isEqualTo(2);

            TestEvents.awaitProcessed(SampleCreatedHandler.NAME, event.id());
            assertThat(SampleCreatedHandler.receivedFor(sampleId)).contains(event);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    "true".equals(Database.scalar("SELECT (published_at IS NOT NULL)::text FROM outbox_event WHERE id = ?::uuid", event.id())));
            assertThat(Database.scalar("SELECT attempts || '|' || (last_error IS NULL) FROM outbox_event WHERE id = ?::uuid",
                    event.id())).isEqualTo("0|true");
        }
    }

    @Test
    void readinessShowsEventsFlowing() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'events' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'events' }.data.status", equalTo("ok"))
                .body("checks.find { it.name == 'events' }.data.broker", equalTo("connected"));
    }

    @Test
    void exposesRelayAndConsumerMetrics() {
        String sampleId = Samples.create(Persona.COORDINATOR, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> SampleCreatedHandler.receivedFor(sampleId).isPresent());

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().toList())
                .anyMatch(line -> line.matches("mscu_events_published_total(\\{.*})? [1-9].*"))
                .anyMatch(line -> line.startsWith("mscu_events_publish_failures_total"))
                .anyMatch(line -> line.startsWith("mscu_events_outbox_backlog"))
                .anyMatch(line -> line.startsWith("mscu_events_outbox_oldest_age_seconds"))
                .anyMatch(line -> line.matches("mscu_events_consumed_total\\{.*consumer=\"sample-created\".*outcome=\"processed\".*} [1-9].*"))
                .anyMatch(line -> line.startsWith("mscu_events_dlq_depth{"));
        given().when().get("/q/health/ready").then()
                .body("checks.name", hasItem("events"));
    }
}
