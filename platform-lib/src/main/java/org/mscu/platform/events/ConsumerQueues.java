package org.mscu.platform.events;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The three durable queues of one consumer and how they connect:
 * <pre>
 * mscu.events --(routing key = each event type)--> queue --(rejected)--> queue.retry
 * queue.retry --(after retry-delay: x-message-ttl, dead-lettered back)--> queue
 * the consumer, after max-attempts deliveries --(publish + ack)--> queue.dlq
 * </pre>
 * The broker counts the rejections in the {@code x-death} header, which gives the attempt number.
 */
public record ConsumerQueues(String consumer, String queue) {

    public static ConsumerQueues of(String serviceName, String consumer) {
        return new ConsumerQueues(consumer, serviceName + "." + consumer);
    }

    public String retry() {
        return queue + ".retry";
    }

    public String dlq() {
        return queue + ".dlq";
    }

    /**
     * Declares the queues and bindings idempotently. Queue arguments cannot change once a queue
     * exists: changing {@code retry-delay} means deleting the (normally empty) retry queue first.
     */
    void declare(Channel channel, String exchange, Set<String> eventTypes, Duration retryDelay) throws IOException {
        EventBroker.declareExchange(channel, exchange);
        channel.queueDeclare(dlq(), true, false, false, Map.of());
        channel.queueDeclare(retry(), true, false, false, Map.of(
                "x-message-ttl", retryDelay.toMillis(),
                "x-dead-letter-exchange", "",
                "x-dead-letter-routing-key", queue));
        channel.queueDeclare(queue, true, false, false, Map.of(
                "x-dead-letter-exchange", "",
                "x-dead-letter-routing-key", retry()));
        for (String type : eventTypes) {
            channel.queueBind(queue, exchange, type);
        }
    }

    /** Removes the queues with whatever they hold (test profile: nothing of an earlier run remains). */
    void delete(Channel channel) throws IOException {
        channel.queueDelete(queue);
        channel.queueDelete(retry());
        channel.queueDelete(dlq());
    }
}
