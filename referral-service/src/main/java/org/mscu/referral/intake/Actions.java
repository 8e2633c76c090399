package org.mscu.referral.intake;

import java.time.Instant;
import java.util.function.Supplier;
import org.mscu.platform.problem.ProblemException;

/** Turns the domain's refusals into problems: a broken rule is 409 with its code, a malformed request 400. */
public final class Actions {

    private Actions() {
    }

    public static <T> T apply(String field, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (RuleViolation v) {
            throw ProblemException.conflict(v.code(), v.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** An instant given by the caller, or now; never in the future (beyond the allowed clock skew). */
    public static Instant notInFuture(String field, Instant given, Instant now) {
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(ReferralService.CLOCK_SKEW))) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        return given;
    }
}
