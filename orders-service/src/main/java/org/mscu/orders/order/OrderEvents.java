package org.mscu.orders.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.outbox.Outbox;

/**
 * The events of the orders feature, written to the transactional outbox in the change's transaction.
 * They carry ids, agencies and dates, never the subject: a consumer fetches what it may see.
 */
@ApplicationScoped
public class OrderEvents {

    public static final String GRANTED = "order.granted";
    public static final String BREACH_RECORDED = "order.breach-recorded";
    public static final String EXPIRING = "order.expiring";

    private final Outbox outbox;

    OrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code order.granted}: an order (full or interim) is in force. */
    public record Granted(UUID orderId, OrderType type, OrderRoute route, boolean interim, String applicantAgency,
                          LocalDate madeOn, LocalDate expiresOn, List<UUID> linkedReferralIds) {
    }

    /** {@code order.breach-recorded}: a breach of an order in force was recorded. */
    public record BreachRecorded(UUID orderId, UUID breachId, OrderType type, String applicantAgency,
                                 String reportedByAgency, LocalDate occurredOn) {
    }

    /** {@code order.expiring}: an order in force ends within the warning window. */
    public record Expiring(UUID orderId, OrderType type, String applicantAgency, LocalDate expiresOn) {
    }

    void granted(PreventionOrder order) {
        outbox.publish(GRANTED, order.id, new Granted(order.id, order.type, order.route, order.interim,
                order.applicantAgency, order.madeOn, order.expiresOn, Arrays.asList(order.linkedReferralIds)));
    }

    void breachRecorded(PreventionOrder order, Breach breach) {
        outbox.publish(BREACH_RECORDED, order.id, new BreachRecorded(order.id, breach.id, order.type,
                order.applicantAgency, breach.reportedByAgency, breach.occurredOn));
    }

    void expiring(PreventionOrder order) {
        outbox.publish(EXPIRING, order.id, new Expiring(order.id, order.type, order.applicantAgency,
                order.expiresOn));
    }
}
