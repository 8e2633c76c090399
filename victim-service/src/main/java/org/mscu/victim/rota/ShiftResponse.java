package org.mscu.victim.rota;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Shift", description = "A tactical-advisor shift [start, end)")
public record ShiftResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Advisor") UUID advisorId,
        @Schema(description = "Start") Instant start,
        @Schema(description = "End (exclusive)") Instant end) {

    static ShiftResponse of(Shift s) {
        return new ShiftResponse(s.id, s.advisorId, s.startsAt, s.endsAt);
    }
}
