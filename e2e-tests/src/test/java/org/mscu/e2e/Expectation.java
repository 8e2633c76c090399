package org.mscu.e2e;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.DenyRule;
import org.mscu.platform.policy.Grant;
import org.mscu.platform.policy.PolicyEngine;

/**
 * What the policy documents say one identity gets from one call: 401 when its token does not name the
 * service as audience; 403 when a deny rule matches or no rule gives its agency and roles the function;
 * 404 when rules exist but none for its relationships to the record; else the endpoint's success status,
 * with the grant (rule and hidden fields) that applies.
 */
record Expectation(int status, Grant grant, String reason) {

    static Expectation of(DeclaredEndpoints.Endpoint endpoint, Subject subject, RealmIdentity identity, int success) {
        if (!identity.audiences().contains(endpoint.service().audience())) {
            return new Expectation(401, null, "token without audience " + endpoint.service().audience());
        }
        if (endpoint.resource() == null) {
            return new Expectation(403, null, "no @Access: denied to everyone");
        }
        PolicyEngine engine = Policies.of(endpoint.service());
        Caller caller = identity.caller();
        Optional<DenyRule> denial = engine.denial(caller, endpoint.resource(), endpoint.action());
        if (denial.isPresent()) {
            return new Expectation(403, null, "deny rule " + denial.get().name());
        }
        if (!engine.permits(caller, endpoint.resource(), endpoint.action())) {
            return new Expectation(403, null, "no rule for " + caller.agency() + " " + caller.roles());
        }
        if (subject.recordScoped()) {
            Set<String> relationships = subject.record().relationships().apply(caller);
            return engine.find(caller, endpoint.resource(), endpoint.action(), relationships)
                    .map(grant -> new Expectation(success, grant, "rule " + grant.rule()))
                    .orElseGet(() -> new Expectation(404, null, "rules, but none for relationships " + relationships));
        }
        Grant grant = engine.functionGrant(caller, endpoint.resource(), endpoint.action()).orElseThrow();
        return new Expectation(success, grant, "rule " + grant.rule());
    }

    /** How the record listed by a call must appear to this caller: the grant for it, or empty (not listed at all). */
    static Optional<Grant> listed(DeclaredEndpoints.Endpoint endpoint, Fixture record, RealmIdentity identity) {
        Caller caller = identity.caller();
        return Policies.of(endpoint.service()).find(caller, endpoint.resource(), endpoint.action(),
                record.relationships().apply(caller));
    }

    boolean success() {
        return status < 300;
    }

    List<String> hidden() {
        return grant == null ? List.of() : grant.hidden();
    }
}
