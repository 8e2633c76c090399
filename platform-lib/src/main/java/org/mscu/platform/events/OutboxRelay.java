package org.mscu.platform.events;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Ships outbox rows to the broker. Each {@link #relayBatch()} is one database transaction: claim
 * the oldest due unsent rows with {@code FOR UPDATE SKIP LOCKED} (so replicas never take the same
 * row), publish each as a persistent CloudEvent to the exchange with routing key = type, wait for
 * the broker's publisher confirms, and only then mark them {@code published_at}. If the broker is
 * unreachable, refuses, or does not confirm in time, the rows stay unsent: {@code attempts} grows,
 * {@code last_error} says why (no event data) and {@code next_attempt_at} moves out with
 * exponential backoff. A crash between confirm and commit publishes a row again: consumers are
 * idempotent on the event id.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String CLAIM = "SELECT id, type, source, subject, occurred_at, data::text, traceparent, attempts "
            + "FROM outbox_event WHERE published_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now()) "
            + "ORDER BY occurred_at, id LIMIT ? FOR UPDATE SKIP LOCKED";

    private final DataSource dataSource;
    private final BrokerConnection broker;
    private final String exchange;
    private final int batchSize;
    private final Duration confirmTimeout;
    private final Backoff backoff;
    private final Counter published;
    private final Counter failures;
    private Channel channel;
    private volatile boolean recovered;
    private String lastFailure;

    public OutboxRelay(DataSource dataSource, BrokerConnection broker, String exchange, EventsConfig.Relay settings,
                       MeterRegistry registry) {
        this.dataSource = dataSource;
        this.broker = broker;
        this.exchange = exchange;
        this.batchSize = settings.batchSize();
        this.confirmTimeout = settings.confirmTimeout();
        this.backoff = new Backoff(settings.backoffInitial(), settings.backoffMax());
        this.published = EventMetrics.published(registry);
        this.failures = EventMetrics.publishFailures(registry);
        broker.whenRecovered(() -> recovered = true);
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Claims, publishes and marks one batch in one transaction.
     *
     * @return the number of rows claimed (published or not): a full batch means more may be waiting
     */
    public int relayBatch() throws SQLException {
        try (java.sql.Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                if (recovered) {
                    recovered = false;
                    retryNow(db);
                }
                List<Row> rows = claim(db);
                Optional<String> failure = rows.isEmpty() ? Optional.empty() : publish(rows);
                if (!rows.isEmpty()) {
                    if (failure.isEmpty()) {
                        markPublished(db, rows);
                        if (lastFailure != null) {
                            LOG.infof("Publishing outbox events again after failures (%s)", lastFailure);
                            lastFailure = null;
                        }
                    } else {
                        markFailed(db, rows, failure.get());
                    }
                }
                db.commit();
                (failure.isEmpty() ? published : failures).increment(rows.size());
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** After an outage the broker is back: rows waiting out their backoff go now, not minutes later. */
    private static void retryNow(java.sql.Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE outbox_event SET next_attempt_at = NULL WHERE published_at IS NULL AND next_attempt_at > now()")) {
            int rows = update.executeUpdate();
            if (rows > 0) {
                LOG.infof("Broker back: %d outbox events due again", rows);
            }
        }
    }

    private List<Row> claim(java.sql.Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(CLAIM)) {
            select.setInt(1, batchSize);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Timestamp occurred = result.getTimestamp(5);
                    rows.add(new Row(result.getObject(1, UUID.class), result.getInt(8), new EventEnvelope(
                            EventEnvelope.SPEC_VERSION, result.getString(1), result.getString(2), result.getString(3),
                            occurred == null ? null : occurred.toInstant(), result.getString(4),
                            EventEnvelope.DATA_CONTENT_TYPE, result.getString(7),
                            EnvelopeCodec.parseTree(result.getString(6)))));
                }
            }
        }
        return rows;
    }

    /** Publishes the batch and waits for its confirms: empty when the broker took every row, else why not. */
    private Optional<String> publish(List<Row> rows) {
        Optional<Connection> connection = broker.open();
        if (connection.isEmpty()) {
            return fail("broker unreachable at " + broker.settings());
        }
        try {
            Channel confirming = channel(connection.get());
            for (Row row : rows) {
                confirming.basicPublish(exchange, row.envelope().type(), false,
                        EnvelopeCodec.properties(row.envelope()), EnvelopeCodec.body(row.envelope()));
            }
            if (!confirming.waitForConfirms(confirmTimeout.toMillis())) {
                return fail("broker refused (nack) the batch");
            }
            return Optional.empty();
        } catch (TimeoutException e) {
            closeChannel();
            return fail("not confirmed within " + confirmTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeChannel();
            return fail("interrupted while waiting for confirms");
        } catch (IOException | RuntimeException e) {
            closeChannel();
            return fail(Errors.describeBroker(e));
        }
    }

    private static Optional<String> fail(String reason) {
        return Optional.of(reason);
    }

    private Channel channel(Connection connection) throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = connection.createChannel();
            channel.confirmSelect();
        }
        return channel;
    }

    private void closeChannel() {
        Channel current = channel;
        channel = null;
        if (current != null && current.isOpen()) {
            try {
                current.abort();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Closing the relay channel: %s", Errors.describe(e));
            }
        }
    }

    private static void markPublished(java.sql.Connection db, List<Row> rows) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), last_error = NULL, next_attempt_at = NULL WHERE id = ANY (?)")) {
            update.setArray(1, db.createArrayOf("uuid", rows.stream().map(Row::id).toArray()));
            update.executeUpdate();
        }
    }

    private void markFailed(java.sql.Connection db, List<Row> rows, String reason) throws SQLException {
        if (reason.equals(lastFailure)) {
            LOG.debugf("Could not publish %d outbox events (%s)", rows.size(), reason);
        } else {
            LOG.warnf("Could not publish %d outbox events (%s); they stay in the outbox and are retried with backoff "
                    + "(further failures for the same reason are logged at DEBUG)", rows.size(), reason);
            lastFailure = reason;
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE outbox_event SET attempts = attempts + 1, "
                + "last_error = ?, next_attempt_at = ? WHERE id = ?")) {
            Instant now = Instant.now();
            for (Row row : rows) {
                update.setString(1, reason);
                update.setTimestamp(2, Timestamp.from(now.plus(backoff.after(row.attempts()))));
                update.setObject(3, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Closes the relay's channel (the connection belongs to the broker). */
    public void close() {
        closeChannel();
    }

    private record Row(UUID id, int attempts, EventEnvelope envelope) {
    }
}
