package org.mscu.orders.order;

/** The first notification after service, and each later change of name or home address. */
public enum NotificationKind {
    INITIAL,
    CHANGE_OF_NAME,
    CHANGE_OF_ADDRESS
}
