package org.mscu.platform.events;

/** What became of one delivery of an event to a consumer (the {@code outcome} tag of {@code mscu.events.consumed}). */
public enum Outcome {
    /** The handler ran and its transaction committed with the inbox row. */
    PROCESSED("processed"),
    /** The inbox already held the event id: acknowledged without running the handler. */
    DUPLICATE("duplicate"),
    /** The handler failed; the message waits in {@code <queue>.retry} and comes back. */
    RETRIED("retried"),
    /** The handler failed on the last allowed attempt, or the message is no event: moved to {@code <queue>.dlq}. */
    DEAD_LETTERED("dead-lettered"),
    /** An event type the handler no longer declares (a stale binding): acknowledged and dropped. */
    IGNORED("ignored");

    private final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
