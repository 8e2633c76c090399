package org.mscu.referral.nrm;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An NRM step: SUBMIT (a child needs no consent; an adult does), DUTY_TO_NOTIFY (adult "
        + "without consent), REASONABLE_GROUNDS and CONCLUSIVE_GROUNDS (with an outcome)")
public record NrmRequest(
        @Schema(required = true) @NotNull NrmAction action,
        @Schema(description = "Required for REASONABLE_GROUNDS and CONCLUSIVE_GROUNDS, absent otherwise") GroundsOutcome outcome,
        @Schema(description = "When it happened; defaults to now; not in the future") Instant at,
        @Schema(description = "The NRM's own case reference, given on SUBMIT", examples = "NRM-2026-55501")
        @Size(max = 50) String nrmReference) {
}
