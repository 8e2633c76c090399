package org.mscu.referral.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The person the referral is about")
public record PotentialVictim(
        @Schema(examples = "Ana") @Size(max = 200) String givenName,
        @Schema(examples = "Popescu") @Size(max = 200) String familyName,
        @Schema(description = "Other names the person is known by") @Size(max = 20) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "Date of birth (YYYY-MM-DD)", examples = "2008-02-01") @Past LocalDate dateOfBirth,
        @Schema(description = "Estimated age in years when the date of birth is unknown", examples = "16")
        @Min(0) @Max(120) Integer estimatedAge,
        @Schema(description = "The person's age is disputed: treated as a child until verified") Boolean ageDisputed,
        @Schema(description = "The date of birth has been verified (ends a dispute)") Boolean ageVerified,
        @Schema(examples = "FEMALE") Gender gender,
        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "RO") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code such as RO") String nationality,
        @Schema(description = "ISO 639 language codes", examples = "[\"ro\"]")
        @Size(max = 10) List<@Size(max = 3) @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as ro") String> languages,
        @Schema(description = "Phone number; UK numbers may be given in national format", examples = "+447700900123")
        @Size(max = 40) String contactPhone) {

    public boolean disputed() {
        return Boolean.TRUE.equals(ageDisputed);
    }

    public boolean verified() {
        return Boolean.TRUE.equals(ageVerified);
    }
}
