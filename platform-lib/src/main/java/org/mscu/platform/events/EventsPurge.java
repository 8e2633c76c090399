package org.mscu.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox and the inbox small: deletes published outbox rows older than
 * {@code mscu.events.retention.outbox} and inbox rows older than {@code mscu.events.retention.inbox}
 * (every {@code purge-every}; safe on every replica). Unsent rows are never deleted.
 */
@ApplicationScoped
public class EventsPurge {

    private static final Logger LOG = Logger.getLogger(EventsPurge.class);

    private final AgroalDataSource dataSource;
    private final EventsConfig config;

    EventsPurge(AgroalDataSource dataSource, EventsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "{mscu.events.retention.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        Instant now = Instant.now();
        try (Connection db = dataSource.getConnection();
             PreparedStatement outbox = db.prepareStatement(
                     "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?");
             PreparedStatement inbox = db.prepareStatement("DELETE FROM event_inbox WHERE processed_at < ?")) {
            outbox.setTimestamp(1, Timestamp.from(now.minus(config.retention().outbox())));
            inbox.setTimestamp(1, Timestamp.from(now.minus(config.retention().inbox())));
            int events = outbox.executeUpdate();
            int processed = inbox.executeUpdate();
            if (events + processed > 0) {
                LOG.debugf("Purged %d published outbox events and %d inbox rows", events, processed);
            }
        } catch (SQLException e) {
            LOG.warnf("Events purge failed: %s", Errors.describe(e));
        }
    }
}
