package org.mscu.orders.order;

import jakarta.enterprise.context.ApplicationScoped;
import org.mscu.platform.audit.AuditLog;

/**
 * What the orders feature writes to the DPA s.62 audit log: an order and its breaches hold personal
 * data (the subject), so every read is a consultation and every change an alteration, with the action
 * as detail (never personal data).
 */
@ApplicationScoped
public class OrderAudit {

    public static final String ORDER = "order";
    public static final String BREACH = "breach";

    private final AuditLog audit;

    OrderAudit(AuditLog audit) {
        this.audit = audit;
    }

    void collected(PreventionOrder order) {
        audit.collected(ORDER, order.id);
    }

    void consulted(PreventionOrder order) {
        audit.consulted(ORDER, order.id);
    }

    /** The breaches of an order were read: logged against the order. */
    void consultedBreaches(PreventionOrder order) {
        audit.consulted(BREACH, order.id);
    }

    void altered(PreventionOrder order, String action) {
        audit.altered(ORDER, order.id, action);
    }

    void breachRecorded(PreventionOrder order, Breach breach) {
        audit.collected(BREACH, breach.id);
        audit.altered(ORDER, order.id, "record-breach");
    }
}
