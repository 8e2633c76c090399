package org.mscu.referral.intake;

import java.time.Instant;

/** The filters of {@code GET /api/v1/referrals}; null means "any". */
public record ReferralFilter(ReferralStatus status, ReferralSource source, ExploitationType exploitationType, Boolean child,
                             Instant receivedFrom, Instant receivedTo, String crimeReference, String nrmReference) {
}
