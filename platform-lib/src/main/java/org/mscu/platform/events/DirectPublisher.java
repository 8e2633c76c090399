package org.mscu.platform.events;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/**
 * Publishes an envelope straight to the exchange, bypassing the outbox — only when
 * {@code mscu.events.direct-publish=true} (the test profile), so service tests can hand their
 * handlers an event ({@code org.mscu.platform.testing.TestEvents}). Services publish through
 * {@link org.mscu.platform.outbox.Outbox}: an event must commit with the change it announces.
 */
@Singleton
@Unremovable // only test code looks it up (TestEvents), which the container cannot see
public class DirectPublisher {

    private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;

    private final EventBroker broker;
    private final boolean enabled;

    DirectPublisher(EventBroker broker, EventsConfig config) {
        this.broker = broker;
        this.enabled = config.directPublish();
    }

    /** Publishes with the event's type as routing key and waits for the broker's confirm. */
    public void publish(EventEnvelope envelope) {
        publishRaw(envelope.type(), EnvelopeCodec.properties(envelope), EnvelopeCodec.body(envelope));
    }

    /** Publishes arbitrary bytes (e.g. a message that is no event) with the given routing key. */
    public void publishRaw(String routingKey, com.rabbitmq.client.AMQP.BasicProperties properties, byte[] body) {
        if (!enabled) {
            throw new IllegalStateException("Direct publishing is off: set mscu.events.direct-publish=true (test profile only)");
        }
        broker.withChannel(channel -> {
            channel.confirmSelect();
            channel.basicPublish(broker.exchange(), routingKey, true, properties, body);
            channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
            return null;
        });
    }
}
