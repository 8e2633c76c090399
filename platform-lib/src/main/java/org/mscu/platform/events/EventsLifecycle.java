package org.mscu.platform.events;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Starts events after the schema migration: checks the handlers, connects (one attempt now,
 * then in the background), declares the exchange and the consumers' queues on every
 * (re)connection, and starts the relay. Stops the relay before the connection at shutdown.
 */
@Singleton
public class EventsLifecycle {

    private static final Logger LOG = Logger.getLogger(EventsLifecycle.class);

    private final EventBroker broker;
    private final EventConsumers consumers;
    private final RelayRunner relay;
    private final EventsConfig config;

    /** DeadLetters and OutboxBacklog are injected so that their gauges exist from the start. */
    EventsLifecycle(EventBroker broker, EventConsumers consumers, DeadLetters deadLetters, OutboxBacklog backlog,
                    RelayRunner relay, EventsConfig config) {
        this.broker = broker;
        this.consumers = consumers;
        this.relay = relay;
        this.config = config;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        BrokerConnection connection = broker.connection();
        connection.whenConnected(this::setUp);
        connection.whenRecovered(() -> broker.open().ifPresent(consumers::start));
        connection.start();
        if (config.relay().enabled()) {
            relay.start();
        } else {
            LOG.info("Outbox relay is off (mscu.events.relay.enabled=false)");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        relay.stop();
        broker.connection().close();
    }

    private void setUp(Connection connection) {
        try (Channel channel = connection.createChannel()) {
            EventBroker.declareExchange(channel, config.exchange());
        } catch (IOException | TimeoutException e) {
            LOG.errorf("Cannot declare exchange %s: %s", config.exchange(), Errors.describeBroker(e));
        }
        consumers.start(connection);
    }
}
