package org.mscu.orders.order;

import java.util.Map;
import java.util.Set;
import org.mscu.platform.problem.ProblemException;

/**
 * Who may apply for which order (MSA 2015 s.15, s.23): an STPO by a chief officer of police, an
 * immigration officer or the GLAA; an STRO by a chief officer of police or an immigration officer. An
 * STPO on conviction (s.14) needs the conviction it follows; an STRO is never made on conviction.
 */
public final class ApplicantRules {

    public static final String APPLICANT_NOT_PERMITTED = "APPLICANT_NOT_PERMITTED";
    public static final String ROUTE_NOT_PERMITTED = "ROUTE_NOT_PERMITTED";

    static final Map<OrderType, Set<String>> APPLICANT_AGENCIES = Map.of(
            OrderType.STPO, Set.of("gmp", "immigration-enforcement", "glaa"),
            OrderType.STRO, Set.of("gmp", "immigration-enforcement"));

    private ApplicantRules() {
    }

    public static boolean mayApply(OrderType type, String agency) {
        return agency != null && APPLICANT_AGENCIES.get(type).contains(agency);
    }

    public static void check(OrderType type, OrderRoute route, String agency, String convictionReference) {
        if (type == OrderType.STRO && route == OrderRoute.ON_CONVICTION) {
            throw ProblemException.conflict(ROUTE_NOT_PERMITTED, "A Risk Order is made on application only");
        }
        if (!mayApply(type, agency)) {
            throw ProblemException.conflict(APPLICANT_NOT_PERMITTED,
                    "Agency %s may not apply for an %s".formatted(agency, type));
        }
        if (route == OrderRoute.ON_CONVICTION && (convictionReference == null || convictionReference.isBlank())) {
            throw ProblemException.invalid("convictionReference", "is required for an order on conviction");
        }
    }
}
