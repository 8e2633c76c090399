package org.mscu.platform.policy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The grant the current request was last given: the audit log quotes its rule as justification. */
@RequestScoped
public class AccessContext {

    private Grant grant;

    void granted(Grant grant) {
        this.grant = grant;
    }

    public Optional<Grant> lastGrant() {
        return Optional.ofNullable(grant);
    }
}
