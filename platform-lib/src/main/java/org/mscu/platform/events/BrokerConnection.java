package org.mscu.platform.events;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One AMQP connection to RabbitMQ that never stands in the service's way: the first attempt runs
 * when {@link #start()} is called, and while the broker is unreachable further attempts run in the
 * background every reconnect interval. Once connected, the client's automatic recovery restores
 * the connection, its channels, declared topology and consumers after an outage.
 */
public final class BrokerConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BrokerConnection.class);

    /** Where to connect and how patiently. */
    public record Settings(String host, int port, String username, String password, String virtualHost,
                           Duration connectionTimeout, Duration reconnectInterval) {

        static Settings of(EventsConfig config) {
            return new Settings(config.host(), config.port(), config.username(), config.password(),
                    config.virtualHost(), config.connectionTimeout(), config.reconnectInterval());
        }

        /** The same broker on another port (tests point a relay at a closed one). */
        public Settings withPort(int otherPort) {
            return new Settings(host, otherPort, username, password, virtualHost, connectionTimeout, reconnectInterval);
        }

        @Override
        public String toString() {
            return host + ":" + port + " vhost " + virtualHost;
        }
    }

    private final Settings settings;
    private final String name;
    private final ConnectionFactory factory;
    private final ScheduledExecutorService reconnector;
    private final List<Consumer<Connection>> onConnected = new CopyOnWriteArrayList<>();
    private final List<Runnable> onRecovered = new CopyOnWriteArrayList<>();
    private volatile Connection connection;
    private volatile boolean closed;
    private volatile ScheduledFuture<?> retries;
    private boolean unreachableLogged;

    public BrokerConnection(Settings settings, String name) {
        this.settings = settings;
        this.name = name;
        ThreadFactory threads = daemonThreads(name);
        this.factory = new ConnectionFactory();
        factory.setHost(settings.host());
        factory.setPort(settings.port());
        factory.setUsername(settings.username());
        factory.setPassword(settings.password());
        factory.setVirtualHost(settings.virtualHost());
        factory.setConnectionTimeout((int) settings.connectionTimeout().toMillis());
        factory.setHandshakeTimeout((int) settings.connectionTimeout().toMillis());
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(settings.reconnectInterval().toMillis());
        factory.setRequestedHeartbeat(30);
        factory.setThreadFactory(threads);
        this.reconnector = Executors.newSingleThreadScheduledExecutor(threads);
    }

    /** Tries to connect now; on failure keeps trying in the background. Never throws. */
    public void start() {
        if (!tryConnect()) {
            long every = settings.reconnectInterval().toMillis();
            retries = reconnector.scheduleWithFixedDelay(() -> {
                if (tryConnect()) {
                    retries.cancel(false);
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code action} with the connection once it is first established (at once if it is). */
    public synchronized void whenConnected(Consumer<Connection> action) {
        onConnected.add(action);
        if (connection != null) {
            runSafely(() -> action.accept(connection));
        }
    }

    /** Runs {@code action} each time automatic recovery has restored the connection after an outage. */
    public void whenRecovered(Runnable action) {
        onRecovered.add(action);
    }

    /** The connection if it is open right now. */
    public Optional<Connection> open() {
        Connection current = connection;
        return current != null && current.isOpen() ? Optional.of(current) : Optional.empty();
    }

    public boolean isOpen() {
        return open().isPresent();
    }

    public Settings settings() {
        return settings;
    }

    private synchronized boolean tryConnect() {
        if (closed) {
            return true;
        }
        if (connection != null) {
            return true;
        }
        try {
            Connection fresh = factory.newConnection(name);
            ((Recoverable) fresh).addRecoveryListener(new RecoveryListener() {
                @Override
                public void handleRecovery(Recoverable recoverable) {
                    LOG.infof("Connection to RabbitMQ at %s recovered", settings);
                    onRecovered.forEach(BrokerConnection::runSafely);
                }

                @Override
                public void handleRecoveryStarted(Recoverable recoverable) {
                    LOG.warnf("Connection to RabbitMQ at %s lost; recovering every %s", settings, settings.reconnectInterval());
                }
            });
            LOG.infof("Connected to RabbitMQ at %s", settings);
            // Set up (exchange, queues, consumers) before anyone else sees the connection as open.
            onConnected.forEach(action -> runSafely(() -> action.accept(fresh)));
            connection = fresh;
            return true;
        } catch (Exception e) {
            if (!unreachableLogged) {
                LOG.warnf("RabbitMQ at %s is unreachable (%s); events stay in the outbox, retrying every %s",
                        settings, Errors.describeBroker(e), settings.reconnectInterval());
                unreachableLogged = true;
            }
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        reconnector.shutdownNow();
        Connection current = connection;
        if (current != null) {
            try {
                current.abort(2000);
            } catch (RuntimeException e) {
                LOG.debugf("Closing the RabbitMQ connection: %s", Errors.describe(e));
            }
        }
    }

    private static void runSafely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Events setup after connecting failed: %s", Errors.describe(e));
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "mscu-events-" + name.replace(' ', '-') + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
