package org.mscu.referral.crime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recorded decision that no crime is to be recorded, which closes the crime-recording duty")
public record NoCrimeRequest(
        @Schema(required = true, description = "Why no crime is recorded") @NotBlank @Size(max = 2000) String reason) {
}
