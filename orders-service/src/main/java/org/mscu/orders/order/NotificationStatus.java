package org.mscu.orders.order;

/** A notification requirement: DUE until its day passes, MET when notified in time, OVERDUE otherwise. */
public enum NotificationStatus {
    DUE,
    MET,
    OVERDUE
}
