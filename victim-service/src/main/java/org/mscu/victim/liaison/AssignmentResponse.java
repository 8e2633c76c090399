package org.mscu.victim.liaison;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One assignment of a liaison officer to a victim. */
@Schema(name = "LiaisonAssignment", description = "An assignment of a liaison officer to a victim; current while endedAt is null")
public record AssignmentResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Victim") UUID victimId,
        @Schema(description = "Officer's roster id") UUID officerId,
        @Schema(description = "Officer's name") String officerName,
        @Schema(description = "Why the officer was assigned") String reason,
        @Schema(description = "When") Instant assignedAt,
        @Schema(description = "Who assigned (username)") String assignedBy,
        @Schema(description = "When the assignment ended, null while current") Instant endedAt,
        @Schema(description = "Why it ended") String endReason,
        @Schema(description = "Who ended it (username)") String endedBy,
        @Schema(description = "Whether this is the current assignment") boolean current) {

    static AssignmentResponse of(LiaisonAssignment a, String officerName) {
        return new AssignmentResponse(a.id, a.victimId, a.officerId, officerName, a.reason, a.assignedAt, a.assignedBy,
                a.endedAt, a.endReason, a.endedBy, a.current());
    }
}
