package org.mscu.referral.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessPolicy;

/**
 * Which notifications the caller sees, from policy.yaml: for each type, every notification (a rule with
 * relationship {@code any} for the type's action), only those about its own agency's records (a rule with
 * relationship {@code own}), or none. Deny rules apply first.
 */
@ApplicationScoped
public class NotificationAudience {

    /** The event types the caller sees in full, and those it sees only for records of {@code agency}. */
    public record Visible(Set<String> everyType, Set<String> ownAgencyTypes, String agency) {

        public boolean nothing() {
            return everyType.isEmpty() && ownAgencyTypes.isEmpty();
        }
    }

    private final AccessPolicy policy;
    private final Caller caller;

    NotificationAudience(AccessPolicy policy, Caller caller) {
        this.policy = policy;
        this.caller = caller;
    }

    public Visible ofCaller() {
        Set<String> every = new LinkedHashSet<>();
        Set<String> own = new LinkedHashSet<>();
        for (NotificationType type : NotificationType.values()) {
            if (policy.find(NotificationType.RESOURCE, type.action()).isPresent()) {
                every.add(type.eventType());
            } else if (caller.agency() != null && policy.find(NotificationType.RESOURCE, type.action(), "own").isPresent()) {
                own.add(type.eventType());
            }
        }
        return new Visible(Set.copyOf(every), Set.copyOf(own), caller.agency());
    }
}
