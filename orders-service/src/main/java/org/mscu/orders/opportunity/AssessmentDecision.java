package org.mscu.orders.opportunity;

/** A vulnerability lead's decision on an opportunity. */
public enum AssessmentDecision {
    PURSUE,
    DECLINE
}
