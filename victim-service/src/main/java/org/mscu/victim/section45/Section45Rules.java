package org.mscu.victim.section45;

import java.time.Instant;
import java.util.List;
import org.mscu.platform.problem.ProblemException;

/**
 * The Section 45 defence rules of domain.md:
 * <ul>
 *   <li>an excluded (Schedule 4) offence means the defence is not available: never {@code APPLICABLE};</li>
 *   <li>for an adult, {@code APPLICABLE} needs the compulsion recorded (s.45(1)); a child needs none (s.45(4));</li>
 *   <li>{@code REFERRED_TO_CPS} needs the instant of the referral.</li>
 * </ul>
 */
public final class Section45Rules {

    public static final String SCHEDULE_4_EXCLUDED = "SCHEDULE_4_EXCLUDED";
    public static final String COMPULSION_REQUIRED = "COMPULSION_REQUIRED";

    private Section45Rules() {
    }

    public record Consideration(List<String> suspectedOffences, String compulsionDetails, boolean excludedOffence,
                                Section45Status status, Instant cpsReferredAt) {
    }

    /** Throws the problem the consideration breaks, if any; {@code child} is the victim's age test at assessment. */
    public static void check(Consideration consideration, boolean child) {
        if (consideration.status() == Section45Status.REFERRED_TO_CPS && consideration.cpsReferredAt() == null) {
            throw ProblemException.invalid("cpsReferredAt", "is required when the status is REFERRED_TO_CPS");
        }
        if (consideration.status() != Section45Status.APPLICABLE) {
            return;
        }
        if (consideration.excludedOffence()) {
            throw ProblemException.conflict(SCHEDULE_4_EXCLUDED,
                    "The defence is not available for an offence excluded by Schedule 4");
        }
        boolean noCompulsion = consideration.compulsionDetails() == null || consideration.compulsionDetails().isBlank();
        if (!child && noCompulsion) {
            throw ProblemException.conflict(COMPULSION_REQUIRED,
                    "For an adult the defence needs the compulsion attributable to slavery or exploitation recorded");
        }
    }
}
