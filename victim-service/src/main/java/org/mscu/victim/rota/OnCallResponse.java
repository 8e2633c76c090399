package org.mscu.victim.rota;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OnCall", description = "The advisors on call at an instant")
public record OnCallResponse(
        @Schema(description = "The instant asked about") Instant at,
        @Schema(description = "Advisors whose shift covers it") List<OnCallAdvisor> advisors) {

    @Schema(description = "An advisor on call and until when")
    public record OnCallAdvisor(
            @Schema(description = "Advisor id") java.util.UUID advisorId,
            @Schema(description = "Name") String name,
            @Schema(description = "Phone") String phone,
            @Schema(description = "End of the shift") Instant until) {
    }
}
