package org.mscu.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Names of the events meters (Prometheus names in brackets):
 * <ul>
 * <li>{@code mscu.events.published} ({@code mscu_events_published_total}) — outbox rows confirmed by the broker;</li>
 * <li>{@code mscu.events.publish.failures} ({@code mscu_events_publish_failures_total}) — rows whose publication failed (each attempt);</li>
 * <li>{@code mscu.events.outbox.backlog} ({@code mscu_events_outbox_backlog}) — unsent rows;</li>
 * <li>{@code mscu.events.outbox.oldest.age} ({@code mscu_events_outbox_oldest_age_seconds}) — age of the oldest unsent row;</li>
 * <li>{@code mscu.events.consumed} ({@code mscu_events_consumed_total}, tags {@code consumer}, {@code outcome}) — see {@link Outcome};</li>
 * <li>{@code mscu.events.dlq.depth} ({@code mscu_events_dlq_depth}, tag {@code consumer}) — messages in {@code <queue>.dlq}.</li>
 * </ul>
 */
public final class EventMetrics {

    public static final String PUBLISHED = "mscu.events.published";
    public static final String PUBLISH_FAILURES = "mscu.events.publish.failures";
    public static final String BACKLOG = "mscu.events.outbox.backlog";
    public static final String OLDEST_AGE = "mscu.events.outbox.oldest.age";
    public static final String CONSUMED = "mscu.events.consumed";
    public static final String DLQ_DEPTH = "mscu.events.dlq.depth";

    private EventMetrics() {
    }

    static Counter published(MeterRegistry registry) {
        return Counter.builder(PUBLISHED).description("Outbox events confirmed by the broker").register(registry);
    }

    static Counter publishFailures(MeterRegistry registry) {
        return Counter.builder(PUBLISH_FAILURES).description("Failed attempts to publish an outbox event")
                .register(registry);
    }

    static Counter consumed(MeterRegistry registry, String consumer, Outcome outcome) {
        return Counter.builder(CONSUMED).description("Events delivered to a consumer, by outcome")
                .tag("consumer", consumer).tag("outcome", outcome.tag()).register(registry);
    }
}
