package org.mscu.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Exactly-once effect for at-least-once delivery: in one new transaction, record
 * {@code (consumer, event id)} in {@code event_inbox} and run the handler. If the row is already
 * there (a redelivery, a duplicate publish, a replay of something processed) the handler does not
 * run. If the handler throws, the row and the handler's changes roll back together. Two deliveries
 * of one event at the same time serialise on the row's primary key.
 */
@ApplicationScoped
public class Inbox {

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return true if the handler ran and committed, false if the event had been processed before */
    public boolean process(EventHandler handler, EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!record(handler.name(), event)) {
                return false;
            }
            handler.handle(event);
            return true;
        });
    }

    /** Whether the consumer has processed the event (its inbox row is committed). */
    public boolean processed(String consumer, String eventId) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(
                     "SELECT 1 FROM event_inbox WHERE consumer = ? AND event_id = ?")) {
            query.setString(1, consumer);
            query.setString(2, eventId);
            return query.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event inbox", e);
        }
    }

    private boolean record(String consumer, EventEnvelope event) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO event_inbox (consumer, event_id, event_type, "
                     + "processed_at) VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        }
    }
}
