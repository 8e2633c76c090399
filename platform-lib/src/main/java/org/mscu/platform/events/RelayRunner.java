package org.mscu.platform.events;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs this instance's {@link OutboxRelay} on its own thread: a full batch is followed at once by
 * the next (drain quickly when busy), anything less by a pause of
 * {@code mscu.events.relay.poll-interval}. Database errors pause the loop, never end it.
 */
@Singleton
public class RelayRunner {

    private static final Logger LOG = Logger.getLogger(RelayRunner.class);

    private final AgroalDataSource dataSource;
    private final EventBroker broker;
    private final EventsConfig config;
    private final MeterRegistry registry;
    private final Object pause = new Object();
    private volatile boolean running;
    private Thread thread;

    RelayRunner(AgroalDataSource dataSource, EventBroker broker, EventsConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.broker = broker;
        this.config = config;
        this.registry = registry;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        OutboxRelay relay = new OutboxRelay(dataSource, broker.connection(), config.exchange(), config.relay(), registry);
        running = true;
        thread = new Thread(() -> run(relay), "mscu-outbox-relay");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Outbox relay started (batch %d, poll every %s)", relay.batchSize(), config.relay().pollInterval());
    }

    private void run(OutboxRelay relay) {
        String lastError = null;
        while (running) {
            int claimed;
            try {
                claimed = relay.relayBatch();
                lastError = null;
            } catch (SQLException | RuntimeException e) {
                String error = Errors.describe(e);
                if (!error.equals(lastError)) {
                    LOG.warnf("Outbox relay cannot reach its database (%s); retrying", error);
                    lastError = error;
                }
                sleep(config.reconnectInterval());
                continue;
            }
            if (claimed < relay.batchSize()) {
                sleep(config.relay().pollInterval());
            }
        }
        relay.close();
    }

    private void sleep(Duration duration) {
        synchronized (pause) {
            if (running) {
                try {
                    pause.wait(Math.max(1, duration.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    synchronized void stop() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
