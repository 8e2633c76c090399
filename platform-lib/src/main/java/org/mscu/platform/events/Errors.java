package org.mscu.platform.events;

/**
 * Describes failures for logs, {@code outbox_event.last_error} and dead-letter headers without
 * personal data: a handler's exception messages may quote data (a constraint violation, a
 * payload), so only class names are kept; the broker's and the network's messages name only
 * hosts, queues and exchanges, so they are kept (shortened).
 */
final class Errors {

    private static final int MAX = 300;

    private Errors() {
    }

    /** The class names of the cause chain, e.g. {@code IllegalStateException <- SQLException}. */
    static String describe(Throwable e) {
        return chain(e, false);
    }

    /** Class names and messages of the cause chain, for failures of the broker connection or of a publish. */
    static String describeBroker(Throwable e) {
        return chain(e, true);
    }

    private static String chain(Throwable e, boolean messages) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 6; cause = cause.getCause(), depth++) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName());
            if (messages && cause.getMessage() != null) {
                chain.append(": ").append(cause.getMessage().replaceAll("\\s+", " "));
            }
        }
        return chain.length() <= MAX ? chain.toString() : chain.substring(0, MAX);
    }
}
