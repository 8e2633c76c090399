package org.mscu.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mscu.platform.sample.Samples.as;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.sample.SampleEffectsHandler;
import org.mscu.platform.sample.SampleEffectsHandler.Instructions;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestEvents;

/** Consumers through the real broker: retries, exactly-once effect, duplicates, dead letters and replay. */
@QuarkusTest
class EventConsumersTest {

    private static final String CONSUMER = SampleEffectsHandler.NAME;
    private static final String QUEUE = "platform." + CONSUMER;

    @Inject
    EventBroker broker;

    @Inject
    DirectPublisher publisher;

    @Test
    void declaresADurableQueueWithItsRetryAndDeadLetterQueues() {
        broker.withChannel(channel -> {
            for (String queue : new String[] {QUEUE, QUEUE + ".retry", QUEUE + ".dlq"}) {
                assertThat(channel.queueDeclarePassive(queue).getQueue()).isEqualTo(queue);
            }
            return null;
        });
    }

    @Test
    void redeliversAHandlerThatFailedAfterItsEffectAndTheEffectHappensOnce() throws SQLException {
        EventEnvelope event = TestEvents.publish(SampleEffectsHandler.TYPE, "s-1", new Instructions("twice failed", 2, false));

        TestEvents.awaitProcessed(CONSUMER, event.id());

        assertThat(TestEvents.outcomes(CONSUMER, event.id()))
                .containsExactly(Outcome.RETRIED, Outcome.RETRIED, Outcome.PROCESSED);
        assertThat(SampleEffectsHandler.calls(event.id())).isEqualTo(3);
        assertThat(effects(event)).isEqualTo(1);
    }

    @Test
    void aDuplicateOfAProcessedEventHasNoSecondEffect() throws SQLException {
        EventEnvelope event = TestEvents.publish(SampleEffectsHandler.TYPE, "s-2", new Instructions("once", 0, false));
        TestEvents.awaitProcessed(CONSUMER, event.id());

        TestEvents.publish(event);
        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DUPLICATE);

        assertThat(TestEvents.outcomes(CONSUMER, event.id())).containsExactly(Outcome.PROCESSED, Outcome.DUPLICATE);
        assertThat(SampleEffectsHandler.calls(event.id())).isEqualTo(1);
        assertThat(effects(event)).isEqualTo(1);
    }

    @Test
    void movesAPoisonMessageToTheDeadLetterQueueAfterMaxAttemptsAndReplaysIt() throws SQLException {
        EventEnvelope event = TestEvents.publish(SampleEffectsHandler.TYPE, "s-3", new Instructions("poison", 0, true));

        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DEAD_LETTERED);

        assertThat(TestEvents.outcomes(CONSUMER, event.id())).containsExactly(Outcome.RETRIED, Outcome.RETRIED,
                Outcome.RETRIED, Outcome.RETRIED, Outcome.DEAD_LETTERED);
        assertThat(SampleEffectsHandler.calls(event.id())).isEqualTo(5);
        assertThat(effects(event)).as("every failed attempt rolled back").isZero();
        assertThat(dlqDepthMetric()).isGreaterThanOrEqualTo(1);
        assertThat(as(Persona.COORDINATOR).when().get("/api/v1/events/platform/dead-letters")
                .then().statusCode(200).extract().jsonPath()
                .getLong("find { it.consumer == 'sample-effects' }.deadLetters")).isGreaterThanOrEqualTo(1);

        SampleEffectsHandler.heal(event.id());
        as(Persona.COORDINATOR).when().post("/api/v1/events/platform/dead-letters/sample-effects/replay")
                .then().statusCode(200)
                .body("consumer", equalTo(CONSUMER))
                .body("queue", equalTo(QUEUE))
                .body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        TestEvents.awaitProcessed(CONSUMER, event.id());
        assertThat(effects(event)).isEqualTo(1);
        assertThat(TestEvents.outcomes(CONSUMER, event.id())).last().isEqualTo(Outcome.PROCESSED);
    }

    @Test
    void movesAMessageThatIsNoEventToTheDeadLetterQueueAtOnceWithTheReason() {
        String messageId = UUID.randomUUID().toString();
        publisher.publishRaw(SampleEffectsHandler.TYPE, new AMQP.BasicProperties.Builder().messageId(messageId)
                .contentType("text/plain").deliveryMode(2).build(), "not an event".getBytes(StandardCharsets.UTF_8));

        TestEvents.awaitOutcome(CONSUMER, messageId, Outcome.DEAD_LETTERED);

        assertThat(TestEvents.outcomes(CONSUMER, messageId)).containsExactly(Outcome.DEAD_LETTERED);
        assertThat(deadLetterHeader(messageId, "x-mscu-error")).startsWith("invalid envelope");
        assertThat(deadLetterHeader(messageId, "x-mscu-attempts")).isEqualTo("1");
    }

    @Test
    void refusesDeadLetterOperationsToRolesWithoutTheGrant() {
        as(Persona.AUDITOR).when().get("/api/v1/events/platform/dead-letters").then().statusCode(403);
        as(Persona.DWP_REFERRER).when().post("/api/v1/events/platform/dead-letters/sample-effects/replay")
                .then().statusCode(403);
        given().when().post("/api/v1/events/platform/dead-letters/sample-effects/replay").then().statusCode(401);
    }

    @Test
    void answersNotFoundForAnotherServiceOrAnUnknownConsumer() {
        as(Persona.COORDINATOR).when().get("/api/v1/events/referrals/dead-letters").then().statusCode(404);
        as(Persona.COORDINATOR).when().post("/api/v1/events/platform/dead-letters/no-such-consumer/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static long effects(EventEnvelope event) throws SQLException {
        return Long.parseLong(Database.scalar("SELECT count(*) FROM sample_effect WHERE consumer = ? AND event_id = ?",
                CONSUMER, event.id()));
    }

    private static double dlqDepthMetric() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher depth = Pattern.compile("(?m)^mscu_events_dlq_depth\\{[^}]*consumer=\"" + CONSUMER + "\"[^}]*} (\\S+)$")
                .matcher(metrics);
        assertThat(depth.find()).as("mscu_events_dlq_depth for " + CONSUMER).isTrue();
        return Double.parseDouble(depth.group(1));
    }

    /** A header of the message in the dead-letter queue, which stays there (the channel closes without ack). */
    private String deadLetterHeader(String messageId, String header) {
        return broker.withChannel(channel -> {
            for (int i = 0; i < 1000; i++) {
                GetResponse message = channel.basicGet(QUEUE + ".dlq", false);
                if (message == null) {
                    break;
                }
                if (messageId.equals(message.getProps().getMessageId())) {
                    return String.valueOf(message.getProps().getHeaders().get(header));
                }
            }
            throw new AssertionError("message " + messageId + " is not in " + QUEUE + ".dlq");
        });
    }
}
