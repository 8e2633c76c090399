package org.mscu.victim.victims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A victim to record. */
@Schema(description = "A victim to record, usually from an accepted referral")
public record CreateVictimRequest(
        @Schema(description = "The accepted referral the victim comes from; one victim per referral") UUID referralId,
        @Schema(description = "The referral's human reference", examples = "MSR-2026-000123") @Size(max = 40) String referralReference,
        @Schema(description = "Given name", examples = "Ana") @NotBlank @Size(max = 200) String givenName,
        @Schema(description = "Family name", examples = "Popescu") @NotBlank @Size(max = 200) String familyName,
        @Schema(description = "Date of birth; unknown means the person is treated as a child", examples = "2008-02-01")
        @Past LocalDate dateOfBirth,
        @Schema(description = "Gender") @NotNull Gender gender,
        @Schema(description = "Languages spoken, ISO 639-1 codes", examples = "[\"ro\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 3) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 639 language code") String> languages,
        @Schema(description = "District where the victim lives", examples = "Manchester") @Size(max = 100) String district,
        @Schema(description = "What the victim needs of a liaison officer") @Valid VictimNeedsBody needs) {
}
