package org.mscu.accommodation.placement;

/** Reads the platform's outbox table: events of a type about one subject. */
final class OutboxRows {

    static final String COUNT = "SELECT count(*) FROM outbox_event WHERE type = ? AND subject = ?";

    private OutboxRows() {
    }
}
