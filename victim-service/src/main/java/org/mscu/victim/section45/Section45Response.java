package org.mscu.victim.section45;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;

@Schema(name = "Section45", description = "A victim's Section 45 defence consideration")
public record Section45Response(
        @Schema(description = "Victim") UUID victimId,
        @Schema(description = "Suspected offences") List<String> suspectedOffences,
        @Schema(description = "Compulsion") String compulsionDetails,
        @Schema(description = "Schedule 4 excluded offence") boolean excludedOffence,
        @Schema(description = "Status") Section45Status status,
        @Schema(description = "When referred to the CPS") Instant cpsReferredAt,
        @Schema(description = "Whether the victim was a child (under 18, or age unknown) when assessed") boolean childAtAssessment,
        @Schema(description = "When last assessed; null when never considered") Instant assessedAt,
        @Schema(description = "Who last assessed (username)") String assessedBy,
        @Schema(description = "Version for If-Match") long version) implements Versioned {

    static Section45Response of(Section45Consideration c) {
        return new Section45Response(c.victimId, List.copyOf(c.suspectedOffences), c.compulsionDetails, c.excludedOffence,
                c.status, c.cpsReferredAt, c.childAtAssessment, c.assessedAt, c.assessedBy, c.version);
    }

    static Section45Response notConsidered(UUID victimId, boolean child) {
        return new Section45Response(victimId, List.of(), null, false, Section45Status.NOT_CONSIDERED, null, child,
                null, null, 0);
    }
}
