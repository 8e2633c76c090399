package org.mscu.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.rabbitmq.client.AMQP;
import java.io.IOException;
import java.util.Date;

/**
 * Envelope to and from its wire form: structured-mode CloudEvents JSON in the body, plus the AMQP
 * properties consumers and operators look at (message id = event id, type = event type,
 * persistent, content type {@value EventEnvelope#CONTENT_TYPE}).
 */
final class EnvelopeCodec {

    /** Tolerant reader, ISO-8601 instants: independent of the service's own (strict) ObjectMapper. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EnvelopeCodec() {
    }

    static byte[] body(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + envelope.id(), e);
        }
    }

    static AMQP.BasicProperties properties(EventEnvelope envelope) {
        return new AMQP.BasicProperties.Builder()
                .contentType(EventEnvelope.CONTENT_TYPE)
                .contentEncoding("utf-8")
                .deliveryMode(2)
                .messageId(envelope.id())
                .type(envelope.type())
                .appId(envelope.source())
                .timestamp(envelope.time() == null ? null : Date.from(envelope.time()))
                .build();
    }

    /** Parses and checks the required CloudEvents attributes; {@link InvalidEnvelopeException} if it is no event. */
    static EventEnvelope read(byte[] body) {
        EventEnvelope envelope;
        try {
            envelope = MAPPER.readValue(body, EventEnvelope.class);
        } catch (IOException e) {
            throw new InvalidEnvelopeException("body is not a CloudEvents JSON object");
        }
        if (envelope == null || !EventEnvelope.SPEC_VERSION.equals(envelope.specversion())) {
            throw new InvalidEnvelopeException("specversion must be " + EventEnvelope.SPEC_VERSION);
        }
        if (blank(envelope.id()) || blank(envelope.type()) || blank(envelope.source())) {
            throw new InvalidEnvelopeException("id, type and source are required");
        }
        if (envelope.data() == null) {
            return new EventEnvelope(envelope.specversion(), envelope.id(), envelope.type(), envelope.source(),
                    envelope.time(), envelope.subject(), envelope.datacontenttype(), envelope.traceparent(),
                    NullNode.getInstance());
        }
        return envelope;
    }

    static JsonNode toTree(Object data) {
        return data instanceof JsonNode node ? node : MAPPER.valueToTree(data);
    }

    static JsonNode parseTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event data is not JSON", e);
        }
    }

    static <T> T fromTree(JsonNode data, Class<T> target) {
        try {
            return MAPPER.treeToValue(data, target);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data does not fit " + target.getSimpleName(), e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A message that is not a usable event: it goes to the dead-letter queue at once. */
    static final class InvalidEnvelopeException extends RuntimeException {
        InvalidEnvelopeException(String message) {
            super(message, null, false, false);
        }
    }
}
