package org.mscu.platform.policy;

/** A policy document that cannot be used; the message names the rule and what is wrong with it. */
public class InvalidPolicyException extends RuntimeException {

    public InvalidPolicyException(String message) {
        super(message);
    }

    public InvalidPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
