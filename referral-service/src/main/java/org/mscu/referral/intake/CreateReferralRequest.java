package org.mscu.referral.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new referral. The referring agency is taken from the access token, never from the body; "
        + "ids, reference, status and derived fields cannot be set (unknown properties are rejected).")
public record CreateReferralRequest(
        @Schema(required = true, examples = "THIRD_SECTOR") @NotNull ReferralSource source,
        @Schema(description = "When the referral was received (RFC 3339, UTC); defaults to now; not in the future",
                examples = "2026-11-29T09:30:00Z") Instant receivedAt,
        @Schema(required = true) @NotNull @Valid PotentialVictim potentialVictim,
        @Schema(required = true, examples = "[\"LABOUR\"]") @NotEmpty @Size(max = 6) List<@NotNull ExploitationType> exploitationTypes,
        @Valid Location location,
        @Size(max = 50) List<@NotNull @Valid Suspect> suspects,
        @Schema(description = "Free text (hidden in SUMMARY shares and from registrars)") @Size(max = 20_000) String narrative,
        @Schema(required = true, description = "Informed consent of an adult to an NRM referral") @NotNull Boolean consentToNrm,
        Boolean urgent) {
}
