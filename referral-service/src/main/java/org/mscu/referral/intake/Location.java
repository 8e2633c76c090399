package org.mscu.referral.intake;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the exploitation happened or the person was found")
public record Location(
        @Schema(examples = "Manchester") @Size(max = 100) String district,
        @Schema(description = "UK postcode", examples = "M1 1AA") @Size(max = 10) String postcode,
        @Schema(description = "Address (restricted: hidden in SUMMARY shares)") @Size(max = 500) String address) {
}
