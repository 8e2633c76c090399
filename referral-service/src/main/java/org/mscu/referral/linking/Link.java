package org.mscu.referral.linking;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralLink", description = "Another referral sharing an identifier, with what matched (never the values)")
public record Link(UUID referralId, String reference, List<IdentifierKind> matchedOn) {
}
