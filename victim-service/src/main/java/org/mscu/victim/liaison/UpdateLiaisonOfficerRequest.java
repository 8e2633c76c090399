package org.mscu.victim.liaison;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;

/** A roster entry replaced whole; the username never changes. */
@Schema(description = "A roster entry replaced whole (the username stays); lowering maxCaseload below the caseload only stops new assignments")
public record UpdateLiaisonOfficerRequest(
        @Schema(description = "Name") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Agency") @NotBlank @Size(max = 100) String agency,
        @Schema(description = "Collar number") @Size(max = 20) String collarNumber,
        @Schema(description = "Gender") @NotNull Gender gender,
        @Schema(description = "Languages spoken, ISO 639 codes")
        @Size(max = 10) List<@NotBlank @Size(max = 3) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 639 language code") String> languages,
        @Schema(description = "Districts covered") @Size(max = 50) List<@NotBlank @Size(max = 100) String> districts,
        @Schema(description = "Specialisms") @Size(max = 10) List<@NotNull ExploitationType> specialisms,
        @Schema(description = "Most victims at once") @NotNull @PositiveOrZero @Max(100) Integer maxCaseload,
        @Schema(description = "Takes assignments") @NotNull Boolean active) {
}
