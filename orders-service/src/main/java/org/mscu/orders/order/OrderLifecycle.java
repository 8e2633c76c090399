package org.mscu.orders.order;

import java.util.EnumSet;
import java.util.Set;
import org.mscu.platform.problem.ProblemException;

/**
 * The state machine of an order, full or interim:
 * <pre>
 * DRAFT --SUBMIT--> APPLIED --GRANT--> GRANTED --VARY--> VARIED     (in force: GRANTED, VARIED, RENEWED)
 *                          \--REFUSE--> REFUSED   --RENEW--> RENEWED    (full orders only)
 *                                                 --DISCHARGE--> DISCHARGED
 *                                                 --EXPIRE--> EXPIRED
 * interim only: APPLIED or in force --END--> ENDED (the full application was decided)
 * </pre>
 * Anything else is a 409 {@code ILLEGAL_TRANSITION}.
 */
public final class OrderLifecycle {

    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

    private OrderLifecycle() {
    }

    /** The status after {@code transition}, or a 409 {@code ILLEGAL_TRANSITION} problem. */
    public static OrderStatus next(OrderStatus from, OrderTransition transition, boolean interim) {
        OrderStatus to = target(from, transition, interim);
        if (to == null) {
            throw ProblemException.conflict(ILLEGAL_TRANSITION,
                    "A%s order in status %s cannot be subject to %s".formatted(interim ? "n interim" : "", from, transition));
        }
        return to;
    }

    public static boolean allows(OrderStatus from, OrderTransition transition, boolean interim) {
        return target(from, transition, interim) != null;
    }

    private static OrderStatus target(OrderStatus from, OrderTransition transition, boolean interim) {
        Set<OrderStatus> inForce = OrderStatus.IN_FORCE;
        return switch (transition) {
            case SUBMIT -> from == OrderStatus.DRAFT ? OrderStatus.APPLIED : null;
            case GRANT -> from == OrderStatus.APPLIED ? OrderStatus.GRANTED : null;
            case REFUSE -> from == OrderStatus.APPLIED ? OrderStatus.REFUSED : null;
            case VARY -> inForce.contains(from) ? OrderStatus.VARIED : null;
            case RENEW -> !interim && inForce.contains(from) ? OrderStatus.RENEWED : null;
            case DISCHARGE -> inForce.contains(from) ? OrderStatus.DISCHARGED : null;
            case EXPIRE -> inForce.contains(from) ? OrderStatus.EXPIRED : null;
            case END -> interim && endableByDecision().contains(from) ? OrderStatus.ENDED : null;
        };
    }

    private static Set<OrderStatus> endableByDecision() {
        return EnumSet.of(OrderStatus.APPLIED, OrderStatus.GRANTED, OrderStatus.VARIED, OrderStatus.RENEWED);
    }
}
