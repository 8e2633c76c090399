package org.mscu.platform.policy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one annotation a resource method under {@code /api} needs: the policy resource and action it
 * serves. The caller must be authenticated (401 otherwise) and some rule of the service's
 * {@code policy.yaml} must give one of the caller's roles (in the caller's agency) this action on
 * this resource, with no deny rule matching (403 otherwise). A method under {@code /api} without
 * it is denied to everyone. On a class it applies to every method that does not carry its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** The policy resource, e.g. {@code referral}. */
    String resource();

    /** The action on it, e.g. {@code read}. */
    String action();
}
