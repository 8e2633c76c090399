package org.mscu.referral.triage;

import org.mscu.referral.intake.ReferralStatus;
import org.mscu.referral.intake.RuleViolation;

/** Triage happens once, on a referral that has been received and not yet decided. */
public final class TriageRule {

    private TriageRule() {
    }

    public static ReferralStatus decide(ReferralStatus current, TriageDecision decision, NoFurtherActionReason reason) {
        if (current != ReferralStatus.RECEIVED && current != ReferralStatus.TRIAGED) {
            throw new RuleViolation("ILLEGAL_TRANSITION",
                    "A referral in status " + current + " cannot be triaged again");
        }
        return switch (decision) {
            case ACCEPT -> {
                if (reason != null) {
                    throw new IllegalArgumentException("a reason is given only for NO_FURTHER_ACTION");
                }
                yield ReferralStatus.ACCEPTED;
            }
            case NO_FURTHER_ACTION -> {
                if (reason == null) {
                    throw new IllegalArgumentException("NO_FURTHER_ACTION needs a reason");
                }
                yield ReferralStatus.NO_FURTHER_ACTION;
            }
        };
    }
}
