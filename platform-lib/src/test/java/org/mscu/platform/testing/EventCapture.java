package org.mscu.platform.testing;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.mscu.platform.events.EventEnvelope;

/**
 * A temporary queue bound to the events exchange that records every message reaching it, for
 * tests that check what a service publishes. Close it (try-with-resources) to remove the queue.
 */
public final class EventCapture implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** One captured message: the parsed envelope, its AMQP properties and routing key. */
    public record Captured(EventEnvelope envelope, AMQP.BasicProperties properties, String routingKey) {
    }

    private final Channel channel;
    private final String queue;
    private final List<Captured> messages = new CopyOnWriteArrayList<>();

    private EventCapture(Channel channel, String queue) {
        this.channel = channel;
        this.queue = queue;
    }

    static EventCapture open(Connection connection, String exchange, String... bindingKeys) {
        try {
            Channel channel = connection.createChannel();
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            for (String key : bindingKeys) {
                channel.queueBind(queue, exchange, key);
            }
            EventCapture capture = new EventCapture(channel, queue);
            channel.basicConsume(queue, true, new DefaultConsumer(channel) {
                @Override
                public void handleDelivery(String tag, Envelope delivery, AMQP.BasicProperties properties, byte[] body)
                        throws IOException {
                    capture.messages.add(new Captured(JSON.readValue(body, EventEnvelope.class), properties,
                            delivery.getRoutingKey()));
                }
            });
            return capture;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot capture events", e);
        }
    }

    /** Everything captured so far, in arrival order. */
    public List<Captured> all() {
        return List.copyOf(messages);
    }

    public List<EventEnvelope> envelopes() {
        return messages.stream().map(Captured::envelope).toList();
    }

    /** Waits for the first message matching {@code condition}. */
    public Captured awaitMessage(Predicate<Captured> condition) {
        TestEvents.await(() -> messages.stream().anyMatch(condition),
                () -> "no matching event captured; captured: " + envelopes().stream()
                        .map(e -> e.type() + "/" + e.subject()).toList());
        return messages.stream().filter(condition).findFirst().orElseThrow();
    }

    /** Waits for an event of this type about this subject. */
    public EventEnvelope await(String type, Object subject) {
        String wanted = subject == null ? null : subject.toString();
        return awaitMessage(m -> m.envelope().type().equals(type) && Objects.equals(m.envelope().subject(), wanted))
                .envelope();
    }

    @Override
    public void close() {
        try {
            channel.queueDelete(queue);
            channel.close();
        } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException e) {
            // The queue is exclusive and auto-deleted with its connection anyway.
        }
    }
}
