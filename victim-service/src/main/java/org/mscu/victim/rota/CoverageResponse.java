package org.mscu.victim.rota;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Coverage", description = "Whether the rota covers every minute of a window, and the exact gaps")
public record CoverageResponse(
        @Schema(description = "Window start") Instant from,
        @Schema(description = "Window end (exclusive)") Instant to,
        @Schema(description = "True when there is no gap") boolean covered,
        @Schema(description = "Uncovered stretches [from, to), in order") List<Gap> gaps) {

    @Schema(name = "CoverageGap", description = "An uncovered stretch [from, to)")
    public record Gap(@Schema(description = "Start") Instant from, @Schema(description = "End (exclusive)") Instant to) {
        static Gap of(TimeWindow w) {
            return new Gap(w.from(), w.to());
        }
    }
}
