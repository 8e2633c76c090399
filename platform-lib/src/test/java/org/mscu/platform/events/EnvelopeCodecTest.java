package org.mscu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

    record Accepted(String referralId, String reference) {
    }

    @Test
    void writesStructuredCloudEventsJsonAndReadsItBack() throws Exception {
        EventEnvelope event = EventEnvelope.of("referrals", "referral.accepted", "r-1",
                Map.of("referralId", "r-1", "reference", "MSR-2026-000001"));

        byte[] body = EnvelopeCodec.body(event);
        JsonNode json = EnvelopeCodec.MAPPER.readTree(body);

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo(event.id());
        assertThat(json.get("type").asText()).isEqualTo("referral.accepted");
        assertThat(json.get("source").asText()).isEqualTo("referrals");
        assertThat(json.get("subject").asText()).isEqualTo("r-1");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(json.has("traceparent")).as("absent attributes are left out, not null").isFalse();
        assertThat(EnvelopeCodec.read(body)).isEqualTo(event);
    }

    @Test
    void givesTheDataAsARecordIgnoringFieldsTheConsumerDoesNotKnow() {
        EventEnvelope event = EventEnvelope.of("referrals", "referral.accepted", "r-1",
                Map.of("referralId", "r-1", "reference", "MSR-2026-000001", "addedLater", List.of(1, 2)));

        assertThat(EnvelopeCodec.read(EnvelopeCodec.body(event)).dataAs(Accepted.class))
                .isEqualTo(new Accepted("r-1", "MSR-2026-000001"));
    }

    @Test
    void setsTheAmqpPropertiesOperatorsAndConsumersLookAt() {
        EventEnvelope event = EventEnvelope.of("referrals", "referral.accepted", "r-1", Map.of());

        var properties = EnvelopeCodec.properties(event);

        assertThat(properties.getContentType()).isEqualTo("application/cloudevents+json");
        assertThat(properties.getMessageId()).isEqualTo(event.id());
        assertThat(properties.getType()).isEqualTo("referral.accepted");
        assertThat(properties.getDeliveryMode()).isEqualTo(2);
    }

    @Test
    void refusesMessagesThatAreNoEvents() {
        assertThatThrownBy(() -> EnvelopeCodec.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EnvelopeCodec.InvalidEnvelopeException.class);
        assertThatThrownBy(() -> EnvelopeCodec.read("{\"specversion\":\"0.3\",\"id\":\"1\",\"type\":\"t\",\"source\":\"s\"}"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("specversion");
        assertThatThrownBy(() -> EnvelopeCodec.read("{\"specversion\":\"1.0\",\"type\":\"t\",\"source\":\"s\"}"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("id, type and source");
    }

    @Test
    void countsAttemptsFromTheBrokersDeathRecordOfTheConsumersQueue() {
        Map<String, Object> headers = Map.of("x-death", List.of(
                Map.of("queue", "victims.referral-accepted.retry", "reason", "expired", "count", 3L),
                Map.of("queue", "victims.referral-accepted", "reason", "rejected", "count", 3L)));

        assertThat(HandlerConsumer.previousRejections(headers, "victims.referral-accepted")).isEqualTo(3);
        assertThat(HandlerConsumer.previousRejections(headers, "orders.referral-nfa")).isZero();
        assertThat(HandlerConsumer.previousRejections(null, "victims.referral-accepted")).isZero();
    }
}
