package org.mscu.referral.sharing;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Share", description = "A disclosure of a referral to another agency")
public record ShareResponse(UUID referralId, String agency, ShareLevel level, String purpose, String legalBasis,
                            Instant sharedAt, String sharedBy, Instant revokedAt, String revokedBy) {

    static ShareResponse of(Share s) {
        return new ShareResponse(s.referralId, s.agency, s.level, s.purpose, s.legalBasis, s.sharedAt, s.sharedBy,
                s.revokedAt, s.revokedBy);
    }
}
