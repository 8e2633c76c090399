package org.mscu.orders.order;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mscu.platform.caller.Caller;
import org.mscu.platform.policy.AccessPolicy;
import org.mscu.platform.policy.Grant;

/**
 * The relationships of policy.yaml between the caller and an order: {@code own} when the caller's
 * agency applied for it, {@code granted} when it is in force.
 */
@RequestScoped
public class OrderAccess {

    public static final String RESOURCE = "order";
    public static final String OWN = "own";
    public static final String GRANTED = "granted";

    private final Caller caller;
    private final AccessPolicy policy;

    OrderAccess(Caller caller, AccessPolicy policy) {
        this.caller = caller;
        this.policy = policy;
    }

    public Set<String> relationships(PreventionOrder order) {
        Set<String> relationships = new LinkedHashSet<>();
        if (caller.agency() != null && caller.agency().equals(order.applicantAgency)) {
            relationships.add(OWN);
        }
        if (order.status.inForce()) {
            relationships.add(GRANTED);
        }
        return relationships;
    }

    /** The grant for this action on this order: 403 without the function, 404 when the record is not the caller's to know. */
    public Grant authorize(PreventionOrder order, String action) {
        return policy.authorize(RESOURCE, action, relationships(order));
    }

    /** Whether the caller may read this order at all (never throws). */
    public boolean mayRead(PreventionOrder order) {
        return policy.find(RESOURCE, "read", relationships(order)).isPresent();
    }

    /** Which orders a list may show: every order, or those of the caller's agency and/or those in force. */
    public Visibility readableScope() {
        if (policy.find(RESOURCE, "read").isPresent()) {
            return new Visibility(true, null, false);
        }
        boolean own = policy.find(RESOURCE, "read", OWN).isPresent();
        boolean granted = policy.find(RESOURCE, "read", GRANTED).isPresent();
        return new Visibility(false, own ? caller.agency() : null, granted);
    }

    /** A list's scope: all, or the union of one agency's orders and orders in force. */
    public record Visibility(boolean all, String ownAgency, boolean inForce) {
    }
}
