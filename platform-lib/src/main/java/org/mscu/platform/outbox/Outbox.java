package org.mscu.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Transactional outbox: {@link #publish} writes an {@code outbox_event} row in the caller's
 * transaction, so the event exists exactly when the change it announces is committed. The relay
 * ({@link org.mscu.platform.events.OutboxRelay}) claims unpublished rows with
 * {@code FOR UPDATE SKIP LOCKED} and sends them to RabbitMQ as CloudEvents; consumers are
 * idempotent on the event id ({@link org.mscu.platform.events.EventHandler}). See docs/events.md.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final String source;

    Outbox(AgroalDataSource dataSource, ObjectMapper mapper, @ConfigProperty(name = "mscu.service.name") String source) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.source = source;
    }

    /**
     * Records an event in the current transaction (one is required).
     *
     * @param type      event type, e.g. {@code referral.accepted}
     * @param subjectId id of the record the event is about
     * @param data      event payload, serialised as JSON (keep personal data to what consumers need)
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, Object subjectId, Object data) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event "
                     + "(id, type, source, subject, occurred_at, data, traceparent) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, source);
            insert.setString(4, subjectId == null ? null : subjectId.toString());
            insert.setObject(5, Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            insert.setString(6, mapper.writeValueAsString(data));
            insert.setString(7, traceparent());
            insert.executeUpdate();
            return id;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot write outbox event " + type, e);
        }
    }

    /** The W3C traceparent of the current span, so consumers continue the trace; null outside one. */
    static String traceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + (context.isSampled() ? "01" : "00");
    }
}
