package org.mscu.orders.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Finds orders by subject (in a body, so that no personal data travels in URLs)")
public record SubjectSearchRequest(
        @Schema(description = "Name; case, spacing and accents are ignored") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Date of birth, to narrow the search") @Past LocalDate dateOfBirth) {
}
