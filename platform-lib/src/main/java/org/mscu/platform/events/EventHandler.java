package org.mscu.platform.events;

import java.util.Set;

/**
 * A consumer of events: declare one as a CDI bean ({@code @ApplicationScoped}) and the library
 * gives it a durable queue {@code <mscu.service.name>.<name>} bound to the {@code mscu.events}
 * exchange for {@link #eventTypes()}, delivers each event at least once and makes its effect
 * happen once: {@link #handle} runs in a transaction that also records the event id in the
 * service's {@code event_inbox}; an event already there is acknowledged without calling it again.
 *
 * <p>Throw to refuse an event: the transaction rolls back and the event is delivered again after
 * {@code mscu.events.consumer.retry-delay}; after {@code max-attempts} deliveries it goes to
 * {@code <queue>.dlq} (see docs/events.md for replay). Exception messages are not copied to logs
 * or headers (they may quote data), only exception class names.
 */
public interface EventHandler {

    /** Stable name of this consumer within the service: lower case, digits and '-' (it names the queue and inbox rows). */
    String name();

    /** Event types (routing keys) to receive; topic wildcards ({@code referral.*}) are allowed. */
    Set<String> eventTypes();

    /** Applies the event; runs in a transaction (MANDATORY for the service's @Transactional calls to join). */
    void handle(EventEnvelope event);
}
