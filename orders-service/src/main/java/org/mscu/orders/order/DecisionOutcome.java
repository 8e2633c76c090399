package org.mscu.orders.order;

/** What the court decided on an application. */
public enum DecisionOutcome {
    GRANTED,
    REFUSED
}
