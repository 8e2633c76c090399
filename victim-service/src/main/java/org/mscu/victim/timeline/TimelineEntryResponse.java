package org.mscu.victim.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One timeline entry as the API shows it; fields that do not apply to the kind are null. */
@Schema(name = "TimelineEntry", description = "One thing that happened to a victim; fields that do not apply to the kind are null")
public record TimelineEntryResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "What happened") TimelineKind kind,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "The liaison officer proposed or assigned (roster id)") UUID officerId,
        @Schema(description = "That officer's name") String officerName,
        @Schema(description = "The placement (accommodation-service id)") UUID placementId,
        @Schema(description = "The property of the placement (accommodation-service id); absent for callers not cleared"
                + " to know where a victim is placed. Never an address") UUID propertyId,
        @Schema(description = "First night of the placement") LocalDate from,
        @Schema(description = "Planned end of the placement (exclusive)") LocalDate plannedTo,
        @Schema(description = "A code qualifying the entry: the origin for VICTIM_RECORDED (COORDINATOR, REFERRAL_ACCEPTED),"
                + " the outcome for PLACEMENT_ENDED", examples = "MOVED_ON") String detail) {

    static TimelineEntryResponse of(TimelineEntry e, String officerName) {
        return new TimelineEntryResponse(e.id, e.kind, e.occurredAt, e.officerId, officerName, e.placementId, e.propertyId,
                e.startsOn, e.plannedTo, e.detail);
    }
}
