package org.mscu.referral.triage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The unit's triage decision")
public record TriageRequest(
        @Schema(required = true) @NotNull TriageDecision decision,
        @Schema(description = "Required for NO_FURTHER_ACTION, absent for ACCEPT") NoFurtherActionReason reason,
        @Size(max = 2000) String notes) {
}
