package org.mscu.orders.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import org.mscu.orders.order.PreventionOrder;

/** Reads the outbox table straight from the database. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** How many events of this type were written about this subject. */
    public static long count(String type, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) PreventionOrder.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE type = ?1 AND subject = ?2")
                .setParameter(1, type).setParameter(2, subject).getSingleResult()).longValue());
    }

    /** The JSON data of the events of this type about this subject, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<String> data(String type, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> PreventionOrder.getEntityManager()
                .createNativeQuery("SELECT data::text FROM outbox_event WHERE type = ?1 AND subject = ?2 ORDER BY occurred_at")
                .setParameter(1, type).setParameter(2, subject).getResultList());
    }
}
