package org.mscu.platform.events;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * How far the outbox is behind: unsent rows and the age of the oldest, measured at most every
 * {@code mscu.events.relay.stats-every} (gauges and the readiness detail read the last measure).
 */
@Singleton
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** The last measure; {@code measured} false until one succeeded. */
    public record Snapshot(long unsent, double oldestAgeSeconds, boolean measured) {
    }

    private final AgroalDataSource dataSource;
    private final long everyNanos;
    private volatile Snapshot last = new Snapshot(0, 0, false);
    private volatile long measuredAt;

    OutboxBacklog(AgroalDataSource dataSource, EventsConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.everyNanos = config.relay().statsEvery().toNanos();
        Gauge.builder(EventMetrics.BACKLOG, this, backlog -> backlog.snapshot().unsent())
                .description("Outbox events not yet published").register(registry);
        Gauge.builder(EventMetrics.OLDEST_AGE, this, backlog -> backlog.snapshot().oldestAgeSeconds())
                .description("Age of the oldest unpublished outbox event").baseUnit("seconds").register(registry);
    }

    public Snapshot snapshot() {
        long now = System.nanoTime();
        if (last.measured() && now - measuredAt < everyNanos) {
            return last;
        }
        synchronized (this) {
            if (!last.measured() || System.nanoTime() - measuredAt >= everyNanos) {
                measure();
            }
            return last;
        }
    }

    /** Measures now, whatever the age of the last measure. */
    public synchronized Snapshot refresh() {
        measure();
        return last;
    }

    private void measure() {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT count(*), "
                     + "COALESCE(EXTRACT(EPOCH FROM (clock_timestamp() - min(occurred_at))), 0) "
                     + "FROM outbox_event WHERE published_at IS NULL");
             ResultSet row = query.executeQuery()) {
            row.next();
            last = new Snapshot(row.getLong(1), Math.max(0, row.getDouble(2)), true);
        } catch (SQLException e) {
            LOG.debugf("Cannot measure the outbox backlog: %s", Errors.describe(e));
        }
        measuredAt = System.nanoTime();
    }
}
