package org.mscu.referral.linking;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Network", description = "Referrals joined, directly or through each other, by shared identifiers")
public record Network(int size, List<IdentifierKind> linkedBy, List<Member> referrals) {

    @Schema(name = "NetworkMember")
    public record Member(UUID referralId, String reference) {
    }

    @Schema(name = "Networks")
    public record Networks(List<Network> items) {
    }
}
