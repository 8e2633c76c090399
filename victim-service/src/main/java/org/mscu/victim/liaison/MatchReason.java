package org.mscu.victim.liaison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One factor of a candidate's score: the points it gave and why. The points of all reasons add up to the score. */
@Schema(description = "One scored factor of a liaison-officer match")
public record MatchReason(
        @Schema(description = "The factor scored") MatchFactor factor,
        @Schema(description = "Points this factor gave", examples = "40") int points,
        @Schema(description = "Why, in words", examples = "speaks ro") String explanation) {
}
