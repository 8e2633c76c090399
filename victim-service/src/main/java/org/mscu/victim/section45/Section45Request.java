package org.mscu.victim.section45;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Section 45 defence consideration of a victim, replaced whole. */
@Schema(description = "Section 45 (MSA 2015) defence consideration, replaced whole")
public record Section45Request(
        @Schema(description = "Offences the victim is suspected of", examples = "[\"cultivation of cannabis\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> suspectedOffences,
        @Schema(description = "How the victim was compelled (required for an adult when APPLICABLE)") @Size(max = 4000) String compulsionDetails,
        @Schema(description = "An offence is excluded by Schedule 4: the defence is not available") @NotNull Boolean excludedOffence,
        @Schema(description = "Status") @NotNull Section45Status status,
        @Schema(description = "When referred to the CPS (required for REFERRED_TO_CPS)") Instant cpsReferredAt) {
}
