package org.mscu.orders.opportunity;

/** OPEN until a vulnerability lead assesses it: PURSUED (a draft Risk Order application opened) or DECLINED. */
public enum OpportunityStatus {
    OPEN,
    PURSUED,
    DECLINED
}
