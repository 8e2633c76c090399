package org.mscu.platform.testing;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.mscu.platform.events.ConsumerOutcomes;
import org.mscu.platform.events.DirectPublisher;
import org.mscu.platform.events.EventBroker;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.Inbox;
import org.mscu.platform.events.Outcome;

/**
 * Events in a service's {@code @QuarkusTest}s, through the real broker (vhost {@code mscu_test},
 * the service's own test exchange): hand a handler an event and wait for what became of it, or
 * capture what the service publishes.
 *
 * <pre>{@code
 * EventEnvelope event = TestEvents.publish("referral.accepted", referralId, Map.of("referralId", referralId));
 * TestEvents.awaitProcessed("referral-accepted", event.id());
 *
 * try (EventCapture published = TestEvents.capture("referral.*")) {
 *     ... accept a referral ...
 *     EventEnvelope accepted = published.await("referral.accepted", referralId);
 * }
 * }</pre>
 *
 * Waits end after {@link #WAIT} with an {@link AssertionError} naming what was seen; they bound a
 * wait, they do not time anything.
 */
public final class TestEvents {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private TestEvents() {
    }

    /** Publishes the envelope straight to the exchange (routing key = its type) and waits for the broker's confirm. */
    public static EventEnvelope publish(EventEnvelope envelope) {
        Arc.container().instance(DirectPublisher.class).get().publish(envelope);
        return envelope;
    }

    /** Publishes a new event (fresh id, source {@code test}). */
    public static EventEnvelope publish(String type, Object subject, Object data) {
        return publish(EventEnvelope.of("test", type, subject, data));
    }

    /** Waits until the consumer has processed the event (its inbox row is committed). */
    public static void awaitProcessed(String consumer, String eventId) {
        Inbox inbox = Arc.container().instance(Inbox.class).get();
        // the inbox row commits just before the delivery's outcome is counted: wait for both
        await(() -> inbox.processed(consumer, eventId) && outcomes(consumer, eventId).contains(Outcome.PROCESSED),
                () -> "consumer " + consumer + " did not process event " + eventId + "; outcomes so far: "
                        + outcomes(consumer, eventId));
    }

    /** Waits until a delivery of the event to the consumer ended with {@code outcome} (e.g. DUPLICATE, DEAD_LETTERED). */
    public static void awaitOutcome(String consumer, String eventId, Outcome outcome) {
        await(() -> outcomes(consumer, eventId).contains(outcome),
                () -> "no " + outcome + " of event " + eventId + " at consumer " + consumer + "; outcomes so far: "
                        + outcomes(consumer, eventId));
    }

    /** The outcomes of every delivery of the event to the consumer so far, in order. */
    public static List<Outcome> outcomes(String consumer, String eventId) {
        return Arc.container().instance(ConsumerOutcomes.class).get().of(consumer, eventId);
    }

    /** Starts capturing what reaches the exchange with the given binding keys ({@code #} for everything). */
    public static EventCapture capture(String... bindingKeys) {
        EventBroker broker = Arc.container().instance(EventBroker.class).get();
        return EventCapture.open(broker.open().orElseThrow(() -> new AssertionError("RabbitMQ is not connected")),
                broker.exchange(), bindingKeys);
    }

    static void await(BooleanSupplier condition, java.util.function.Supplier<String> failure) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
