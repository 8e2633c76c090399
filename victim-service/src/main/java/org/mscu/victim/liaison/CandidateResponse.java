package org.mscu.victim.liaison;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ranked liaison-officer candidate for a victim. */
@Schema(name = "LiaisonCandidate", description = "A ranked candidate; the points of its reasons add up to its score")
public record CandidateResponse(
        @Schema(description = "Officer's roster id") UUID officerId,
        @Schema(description = "Officer's name") String name,
        @Schema(description = "Score 0-100", examples = "90") int score,
        @Schema(description = "One reason per factor") List<MatchReason> reasons,
        @Schema(description = "Victims currently assigned") int caseload,
        @Schema(description = "Most victims at once") int maxCaseload) {

    static CandidateResponse of(Match match) {
        return new CandidateResponse(match.officer().id(), match.officer().name(), match.score(), match.reasons(),
                match.officer().caseload(), match.officer().maxCaseload());
    }
}
