package org.mscu.platform.policy;

/** A resource method and the policy resource and action its {@link Access} names. */
public record AccessPoint(String resource, String action, String method) {
}
