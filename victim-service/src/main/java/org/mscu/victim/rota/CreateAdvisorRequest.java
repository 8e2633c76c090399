package org.mscu.victim.rota;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tactical advisor for the rota. */
@Schema(description = "A tactical advisor for the 24/7 rota")
public record CreateAdvisorRequest(
        @Schema(description = "Keycloak username", examples = "ta.one") @NotBlank @Size(max = 100) String username,
        @Schema(description = "Name", examples = "Advisor One") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Phone number to reach the advisor on call", examples = "+447700900001")
        @NotBlank @Size(max = 21) @Pattern(regexp = "\\+?[0-9 ]{6,20}", message = "must be a phone number") String phone) {
}
