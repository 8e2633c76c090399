package org.mscu.orders.order;

/** What can happen to an order. {@link OrderLifecycle} says from which status each is legal. */
public enum OrderTransition {
    /** A draft application (from a Risk Order opportunity) is completed and made. */
    SUBMIT,
    GRANT,
    REFUSE,
    VARY,
    RENEW,
    DISCHARGE,
    /** Every prohibition has ended. */
    EXPIRE,
    /** An interim order ends because the full application was decided. */
    END
}
