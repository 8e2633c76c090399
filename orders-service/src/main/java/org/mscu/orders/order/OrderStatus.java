package org.mscu.orders.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. GRANTED, VARIED and RENEWED are in force; REFUSED, DISCHARGED, EXPIRED and
 * ENDED (an interim order whose full application was decided) are final. DRAFT is an application
 * opened from a Risk Order opportunity and not yet made.
 */
public enum OrderStatus {
    DRAFT,
    APPLIED,
    GRANTED,
    VARIED,
    RENEWED,
    REFUSED,
    DISCHARGED,
    EXPIRED,
    ENDED;

    public static final Set<OrderStatus> IN_FORCE = EnumSet.of(GRANTED, VARIED, RENEWED);

    public boolean inForce() {
        return IN_FORCE.contains(this);
    }

    public boolean isFinal() {
        return this == REFUSED || this == DISCHARGED || this == EXPIRED || this == ENDED;
    }
}
