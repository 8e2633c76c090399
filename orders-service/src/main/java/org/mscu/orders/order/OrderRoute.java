package org.mscu.orders.order;

/** How an order comes to court: on conviction (s.14, STPO only) or on application (s.15, s.23). */
public enum OrderRoute {
    ON_CONVICTION,
    ON_APPLICATION
}
