package org.mscu.orders.opportunity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A vulnerability lead's assessment: PURSUE opens a draft Risk Order application, DECLINE records why not")
public record AssessmentRequest(
        @NotNull AssessmentDecision decision,
        @Schema(description = "The reasoning, kept with the decision") @NotBlank @Size(max = 4000) String rationale) {
}
