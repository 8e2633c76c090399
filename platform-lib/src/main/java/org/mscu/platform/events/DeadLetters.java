package org.mscu.platform.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The consumers' dead-letter queues: their depth (gauge {@code mscu.events.dlq.depth}) and
 * replay, which moves every message that is in {@code <queue>.dlq} when it starts back to
 * {@code <queue>} with a fresh attempt count. Replaying an event that was processed after all is
 * harmless: the inbox skips it.
 */
@Singleton
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;

    @Schema(description = "A consumer's dead-letter queue")
    public record DeadLetterQueue(
            @Schema(description = "consumer (EventHandler) name", examples = "referral-accepted") String consumer,
            @Schema(description = "the consumer's queue; dead letters are in <queue>.dlq", examples = "victims.referral-accepted") String queue,
            @Schema(description = "messages in the dead-letter queue now") long deadLetters) {
    }

    @Schema(description = "What a replay moved")
    public record Replay(String consumer, String queue,
                         @Schema(description = "messages moved from <queue>.dlq back to <queue>") long replayed) {
    }

    private final EventBroker broker;
    private final EventConsumers consumers;

    DeadLetters(EventBroker broker, EventConsumers consumers, MeterRegistry registry) {
        this.broker = broker;
        this.consumers = consumers;
        for (ConsumerQueues queues : consumers.queues()) {
            Gauge.builder(EventMetrics.DLQ_DEPTH, () -> depthOrNaN(queues))
                    .description("Messages in a consumer's dead-letter queue").tag("consumer", queues.consumer())
                    .register(registry);
        }
    }

    /** Every consumer's dead-letter queue and its depth; {@link EventBroker.BrokerUnavailableException} without a broker. */
    public List<DeadLetterQueue> list() {
        return consumers.queues().stream()
                .map(queues -> new DeadLetterQueue(queues.consumer(), queues.queue(), depth(queues))).toList();
    }

    /** Moves the consumer's dead letters back to its queue; empty if there is no such consumer. */
    public Optional<Replay> replay(String consumer) {
        return consumers.queues(consumer).map(queues -> {
            long moved = broker.withChannel(channel -> {
                channel.confirmSelect();
                long waiting = channel.messageCount(queues.dlq());
                long count = 0;
                while (count < waiting) {
                    GetResponse message = channel.basicGet(queues.dlq(), false);
                    if (message == null) {
                        break;
                    }
                    channel.basicPublish("", queues.queue(), fresh(message.getProps()), message.getBody());
                    channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
                    channel.basicAck(message.getEnvelope().getDeliveryTag(), false);
                    count++;
                }
                return count;
            });
            LOG.infof("Replayed %d dead letters of consumer %s to %s", moved, consumer, queues.queue());
            return new Replay(consumer, queues.queue(), moved);
        });
    }

    long depth(ConsumerQueues queues) {
        return broker.withChannel(channel -> channel.messageCount(queues.dlq()));
    }

    private double depthOrNaN(ConsumerQueues queues) {
        try {
            return broker.isConnected() ? depth(queues) : Double.NaN;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The message as first published: without the broker's and the consumer's dead-letter headers, so attempts start at 1. */
    private static AMQP.BasicProperties fresh(AMQP.BasicProperties properties) {
        Map<String, Object> headers = new HashMap<>();
        if (properties.getHeaders() != null) {
            properties.getHeaders().forEach((name, value) -> {
                if (!name.startsWith("x-death") && !name.startsWith("x-first-death") && !name.startsWith("x-last-death")
                        && !name.startsWith("x-mscu-")) {
                    headers.put(name, value);
                }
            });
        }
        headers.put("x-mscu-replayed-at", Instant.now().toString());
        return properties.builder().headers(headers).deliveryMode(2).build();
    }
}
