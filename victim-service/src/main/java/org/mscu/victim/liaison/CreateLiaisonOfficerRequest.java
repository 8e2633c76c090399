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

/** A liaison officer to put on the roster. */
@Schema(description = "A liaison officer to put on the roster")
public record CreateLiaisonOfficerRequest(
        @Schema(description = "Keycloak username of the officer", examples = "vlo.one") @NotBlank @Size(max = 100) String username,
        @Schema(description = "Name", examples = "Officer One") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Agency of the officer", examples = "gmp") @NotBlank @Size(max = 100) String agency,
        @Schema(description = "Collar number", examples = "GMP1234") @Size(max = 20) String collarNumber,
        @Schema(description = "Gender") @NotNull Gender gender,
        @Schema(description = "Languages spoken, ISO 639 codes", examples = "[\"en\", \"ro\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 3) @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 639 language code") String> languages,
        @Schema(description = "Districts covered", examples = "[\"Manchester\"]") @Size(max = 50) List<@NotBlank @Size(max = 100) String> districts,
        @Schema(description = "Exploitation types the officer specialises in") @Size(max = 10) List<@NotNull ExploitationType> specialisms,
        @Schema(description = "Most victims the officer supports at once", examples = "5") @NotNull @PositiveOrZero @Max(100) Integer maxCaseload,
        @Schema(description = "Whether the officer takes assignments", defaultValue = "true") Boolean active) {
}
