package org.mscu.victim.liaison;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;

/** A liaison proposal as the API shows it. */
@Schema(name = "LiaisonProposal", description = "The liaison officer proposed when the victim was recorded from an accepted referral")
public record ProposalResponse(
        @Schema(description = "Victim") UUID victimId,
        @Schema(description = "Where the proposal stands") ProposalStatus status,
        @Schema(description = "Proposed officer's roster id; null when no officer had room") UUID officerId,
        @Schema(description = "Proposed officer's name") String officerName,
        @Schema(description = "Score 0-100 when proposed", examples = "90") Integer score,
        @Schema(description = "One reason per factor of the score, as when proposed") List<MatchReason> reasons,
        @Schema(description = "When proposed") Instant proposedAt,
        @Schema(description = "When confirmed, assigned automatically or superseded") Instant decidedAt,
        @Schema(description = "Who decided (username, or referral.accepted when automatic)") String decidedBy,
        @Schema(description = "The assignment that confirmed it") UUID assignmentId,
        @Schema(description = "Version for If-Match") long version) implements Versioned {

    static ProposalResponse of(LiaisonProposal p, String officerName) {
        return new ProposalResponse(p.victimId, p.status, p.officerId, officerName, p.score, List.copyOf(p.reasons),
                p.proposedAt, p.decidedAt, p.decidedBy, p.assignmentId, p.version);
    }
}
