package org.mscu.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on the broker and as a
 * {@link EventHandler} receives it. {@code data} carries references and ids rather than personal
 * data wherever the consumer can fetch what it may see.
 *
 * @param specversion     always {@value #SPEC_VERSION}
 * @param id              the event id (the outbox row's UUID); consumers are idempotent on it
 * @param type            e.g. {@code referral.accepted}; also the routing key
 * @param source          the producing service's {@code mscu.service.name}
 * @param time            when the change happened (the outbox row's {@code occurred_at})
 * @param subject         id of the record the event is about
 * @param datacontenttype {@code application/json}
 * @param traceparent     W3C trace context of the producing request, if any
 * @param data            the payload
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(String specversion, String id, String type, String source, Instant time, String subject,
                            String datacontenttype, String traceparent, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    /** Content type of a structured-mode CloudEvent (the AMQP message's content type). */
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";

    /** A new event with a fresh id, stamped now (for tests and tools; services publish through the outbox). */
    public static EventEnvelope of(String source, String type, Object subject, Object data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), type, source,
                Instant.now().truncatedTo(ChronoUnit.MICROS), subject == null ? null : subject.toString(),
                DATA_CONTENT_TYPE, null, EnvelopeCodec.toTree(data));
    }

    /** The same event with another id, e.g. to build a second, distinct event in a test. */
    public EventEnvelope withId(String newId) {
        return new EventEnvelope(specversion, newId, type, source, time, subject, datacontenttype, traceparent, data);
    }

    /**
     * The payload as {@code type} (a record, usually). Unknown properties are ignored, so producers
     * may add fields without breaking consumers.
     */
    public <T> T dataAs(Class<T> target) {
        return EnvelopeCodec.fromTree(data, target);
    }
}
