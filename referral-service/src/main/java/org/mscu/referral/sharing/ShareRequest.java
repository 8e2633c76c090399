package org.mscu.referral.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Share a referral with another agency, with the purpose and the legal basis of the disclosure")
public record ShareRequest(
        @Schema(required = true, examples = "dwp") @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}",
                message = "must be an agency id such as manchester-city-council") String agency,
        @Schema(required = true) @NotNull ShareLevel level,
        @Schema(required = true, examples = "Joint safeguarding visit") @NotBlank @Size(max = 500) String purpose,
        @Schema(required = true, examples = "Crime and Disorder Act 1998 s.115") @NotBlank @Size(max = 500) String legalBasis) {
}
