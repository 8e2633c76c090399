package org.mscu.platform.events;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's connection to RabbitMQ ({@code mscu.events.*}), started by {@link EventsLifecycle}
 * after the schema migration. The service starts and stays ready while the broker is down.
 */
@Singleton
public class EventBroker {

    private final BrokerConnection connection;
    private final String exchange;

    EventBroker(EventsConfig config, @ConfigProperty(name = "mscu.service.name") String serviceName) {
        this.connection = new BrokerConnection(BrokerConnection.Settings.of(config), serviceName + " events");
        this.exchange = config.exchange();
    }

    /** The durable topic exchange events are published to. */
    public String exchange() {
        return exchange;
    }

    public boolean isConnected() {
        return connection.isOpen();
    }

    /** The open connection, if any: callers create (and close) their own channels. */
    public Optional<Connection> open() {
        return connection.open();
    }

    BrokerConnection connection() {
        return connection;
    }

    /** Declares the exchange (idempotent: same name, type and durability every time). */
    static void declareExchange(Channel channel, String exchange) throws IOException {
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
    }

    /** Runs {@code work} on a fresh channel of the open connection; {@link BrokerUnavailableException} if there is none. */
    <T> T withChannel(ChannelWork<T> work) {
        Connection open = connection.open().orElseThrow(BrokerUnavailableException::new);
        try (Channel channel = open.createChannel()) {
            return work.apply(channel);
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            throw new BrokerUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(e);
        }
    }

    @FunctionalInterface
    interface ChannelWork<T> {
        T apply(Channel channel) throws IOException, TimeoutException, InterruptedException;
    }

    /** The broker cannot be reached (or failed the operation): callers answer 503 or try later. */
    public static final class BrokerUnavailableException extends RuntimeException {
        BrokerUnavailableException() {
            super("RabbitMQ is not reachable", null, false, false);
        }

        BrokerUnavailableException(Throwable cause) {
            super("RabbitMQ operation failed: " + Errors.describeBroker(cause), cause, false, false);
        }
    }
}
