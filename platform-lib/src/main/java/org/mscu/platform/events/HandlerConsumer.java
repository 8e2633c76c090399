package org.mscu.platform.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers the messages of one consumer's queue to its {@link EventHandler}, one at a time on
 * the channel's dispatch thread: process through the {@link Inbox} (one transaction), then ack.
 * A failure rejects the message into {@code <queue>.retry}, from where the broker returns it after
 * the retry delay; on the last allowed attempt — or at once for a message that is no event — it is
 * published to {@code <queue>.dlq} with the reason in headers, then acked.
 */
final class HandlerConsumer extends DefaultConsumer {

    private static final Logger LOG = Logger.getLogger(HandlerConsumer.class);

    static final String ERROR_HEADER = "x-mscu-error";
    static final String ATTEMPTS_HEADER = "x-mscu-attempts";
    static final String CONSUMER_HEADER = "x-mscu-consumer";
    static final String DEAD_LETTERED_AT_HEADER = "x-mscu-dead-lettered-at";

    private static final TextMapGetter<EventEnvelope> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(EventEnvelope carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(EventEnvelope carrier, String key) {
            return carrier != null && "traceparent".equals(key) ? carrier.traceparent() : null;
        }
    };

    private final EventHandler handler;
    private final ConsumerQueues queues;
    private final Inbox inbox;
    private final ConsumerOutcomes outcomes;
    private final Tracer tracer;
    private final int maxAttempts;
    private final Duration confirmTimeout;

    HandlerConsumer(Channel channel, EventHandler handler, ConsumerQueues queues, Inbox inbox, ConsumerOutcomes outcomes,
                    Tracer tracer, int maxAttempts, Duration confirmTimeout) {
        super(channel);
        this.handler = handler;
        this.queues = queues;
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.tracer = tracer;
        this.maxAttempts = maxAttempts;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope delivery, AMQP.BasicProperties properties, byte[] body) {
        int attempt = previousRejections(properties.getHeaders(), queues.queue()) + 1;
        EventEnvelope event;
        try {
            event = EnvelopeCodec.read(body);
        } catch (EnvelopeCodec.InvalidEnvelopeException e) {
            LOG.errorf("Consumer %s: message %s is no usable event (%s); moving it to %s",
                    queues.consumer(), properties.getMessageId(), e.getMessage(), queues.dlq());
            deadLetter(delivery, properties, body, properties.getMessageId(), attempt, "invalid envelope: " + e.getMessage());
            return;
        }
        if (handler.eventTypes().stream().noneMatch(pattern -> TopicPattern.matches(pattern, event.type()))) {
            LOG.infof("Consumer %s: dropping event %s of type %s, which it no longer declares (stale binding)",
                    queues.consumer(), event.id(), event.type());
            ack(delivery, event.id(), Outcome.IGNORED);
            return;
        }
        Span span = tracer.spanBuilder(event.type() + " process")
                .setParent(W3CTraceContextPropagator.getInstance().extract(Context.current(), event, TRACEPARENT))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "rabbitmq")
                .setAttribute("messaging.destination.name", queues.queue())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("mscu.events.attempt", attempt)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            try {
                boolean ran = inbox.process(handler, event);
                ack(delivery, event.id(), ran ? Outcome.PROCESSED : Outcome.DUPLICATE);
            } catch (RuntimeException e) {
                span.setStatus(StatusCode.ERROR, Errors.describe(e));
                failed(delivery, properties, body, event, attempt, e);
            }
        } finally {
            span.end();
        }
    }

    private void failed(Envelope delivery, AMQP.BasicProperties properties, byte[] body, EventEnvelope event,
                        int attempt, RuntimeException e) {
        String reason = Errors.describe(e);
        LOG.debugf(e, "Consumer %s failed on event %s", queues.consumer(), event.id());
        if (attempt >= maxAttempts) {
            LOG.errorf("Consumer %s failed on event %s (%s) at attempt %d of %d (%s); moving it to %s",
                    queues.consumer(), event.id(), event.type(), attempt, maxAttempts, reason, queues.dlq());
            deadLetter(delivery, properties, body, event.id(), attempt, reason);
            return;
        }
        LOG.warnf("Consumer %s failed on event %s (%s) at attempt %d of %d (%s); retrying later",
                queues.consumer(), event.id(), event.type(), attempt, maxAttempts, reason);
        try {
            getChannel().basicReject(delivery.getDeliveryTag(), false);
            outcomes.record(queues.consumer(), event.id(), Outcome.RETRIED);
        } catch (IOException | RuntimeException rejectFailure) {
            LOG.warnf("Consumer %s: could not reject event %s (%s); the broker redelivers it",
                    queues.consumer(), event.id(), Errors.describeBroker(rejectFailure));
        }
    }

    private void deadLetter(Envelope delivery, AMQP.BasicProperties properties, byte[] body, String eventId,
                            int attempt, String reason) {
        Map<String, Object> headers = new HashMap<>(properties.getHeaders() == null ? Map.of() : properties.getHeaders());
        headers.put(ERROR_HEADER, reason);
        headers.put(ATTEMPTS_HEADER, attempt);
        headers.put(CONSUMER_HEADER, queues.consumer());
        headers.put(DEAD_LETTERED_AT_HEADER, Instant.now().toString());
        try {
            Channel channel = getChannel();
            channel.basicPublish("", queues.dlq(), properties.builder().headers(headers).deliveryMode(2).build(), body);
            channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
            ack(delivery, eventId, Outcome.DEAD_LETTERED);
        } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.errorf("Consumer %s: could not move message %s to %s (%s); it is retried",
                    queues.consumer(), eventId, queues.dlq(), Errors.describeBroker(e));
            try {
                getChannel().basicReject(delivery.getDeliveryTag(), false);
            } catch (IOException | RuntimeException rejectFailure) {
                LOG.debugf("Reject after a failed dead-lettering: %s", Errors.describeBroker(rejectFailure));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ack(Envelope delivery, String eventId, Outcome outcome) {
        try {
            getChannel().basicAck(delivery.getDeliveryTag(), false);
        } catch (IOException | RuntimeException e) {
            // Processed and committed, but not acknowledged: the redelivery finds the inbox row.
            LOG.warnf("Consumer %s: could not acknowledge event %s (%s)", queues.consumer(), eventId,
                    Errors.describeBroker(e));
        }
        outcomes.record(queues.consumer(), eventId, outcome);
    }

    /** How often the broker has already dead-lettered this message out of {@code queue} after a rejection. */
    static int previousRejections(Map<String, Object> headers, String queue) {
        if (headers == null || !(headers.get("x-death") instanceof List<?> deaths)) {
            return 0;
        }
        for (Object death : deaths) {
            if (death instanceof Map<?, ?> entry && queue.equals(String.valueOf(entry.get("queue")))
                    && "rejected".equals(String.valueOf(entry.get("reason"))) && entry.get("count") instanceof Number count) {
                return count.intValue();
            }
        }
        return 0;
    }
}
