package org.mscu.victim.rota;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tactical-advisor shift: ends after it starts, at most 24 hours. */
@Schema(description = "A shift [start, end): end after start, at most 24 hours")
public record CreateShiftRequest(
        @Schema(description = "The advisor on call") @NotNull UUID advisorId,
        @Schema(description = "Start", examples = "2026-12-01T08:00:00Z") @NotNull Instant start,
        @Schema(description = "End (exclusive)", examples = "2026-12-01T20:00:00Z") @NotNull Instant end) {
}
