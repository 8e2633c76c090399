package org.mscu.orders.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The person the order is against")
public record SubjectRequest(
        @Schema(description = "Full name", examples = "Dorian Vale") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Date of birth", examples = "1985-04-12") @NotNull @Past LocalDate dateOfBirth) {
}
