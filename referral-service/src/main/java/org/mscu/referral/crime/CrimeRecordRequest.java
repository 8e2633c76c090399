package org.mscu.referral.crime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A crime recorded for the referral (NCRS)")
public record CrimeRecordRequest(
        @Schema(required = true, examples = "CRI/2026/0456") @NotBlank @Size(max = 50) String crimeReference,
        @Schema(description = "When the crime was recorded; defaults to now; not in the future, not before receipt")
        Instant recordedAt) {
}
