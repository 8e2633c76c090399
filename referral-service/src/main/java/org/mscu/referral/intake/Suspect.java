package org.mscu.referral.intake;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A suspected exploiter; identifiers are normalised and used to link referrals")
public record Suspect(
        @Size(max = 200) String name,
        @Schema(examples = "07700 900456") @Size(max = 40) String phone,
        @Schema(examples = "AB12 CDE") @Size(max = 16) String vehicleRegistration) {
}
