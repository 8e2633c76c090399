package org.mscu.victim.intake;

/**
 * referral-service or the token endpoint could not give what the consumer needs. The consumer lets
 * it propagate, so the event is retried and, after the last attempt, dead-lettered. Messages name
 * status codes and ids only, never personal data.
 */
public class UpstreamException extends RuntimeException {

    public UpstreamException(String message) {
        super(message);
    }

    public UpstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
