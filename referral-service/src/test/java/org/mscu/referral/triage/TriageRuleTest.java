package org.mscu.referral.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mscu.referral.intake.ReferralStatus;
import org.mscu.referral.intake.RuleViolation;

class TriageRuleTest {

    @Test
    void acceptsAReceivedReferral() {
        assertEquals(ReferralStatus.ACCEPTED, TriageRule.decide(ReferralStatus.RECEIVED, TriageDecision.ACCEPT, null));
    }

    @Test
    void takesNoFurtherActionWithAReason() {
        assertEquals(ReferralStatus.NO_FURTHER_ACTION, TriageRule.decide(ReferralStatus.RECEIVED,
                TriageDecision.NO_FURTHER_ACTION, NoFurtherActionReason.INVESTIGATION_NOT_PURSUED));
    }

    @Test
    void needsAReasonForNoFurtherActionAndNoneForAccept() {
        assertThrows(IllegalArgumentException.class,
                () -> TriageRule.decide(ReferralStatus.RECEIVED, TriageDecision.NO_FURTHER_ACTION, null));
        assertThrows(IllegalArgumentException.class, () -> TriageRule.decide(ReferralStatus.RECEIVED,
                TriageDecision.ACCEPT, NoFurtherActionReason.OTHER));
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"ACCEPTED", "NO_FURTHER_ACTION", "CLOSED"})
    void refusesToTriageADecidedReferral(ReferralStatus status) {
        for (TriageDecision decision : TriageDecision.values()) {
            NoFurtherActionReason reason = decision == TriageDecision.ACCEPT ? null : NoFurtherActionReason.OTHER;
            RuleViolation v = assertThrows(RuleViolation.class, () -> TriageRule.decide(status, decision, reason));
            assertEquals("ILLEGAL_TRANSITION", v.code());
        }
    }
}
