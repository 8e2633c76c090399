package org.mscu.orders.order;

/** What a prohibition restricts; foreign travel has its own duration rules (MSA s.18, s.26). */
public enum ProhibitionCategory {
    FOREIGN_TRAVEL,
    CONTACT,
    LOCATION,
    EMPLOYMENT,
    OTHER
}
