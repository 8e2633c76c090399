package org.mscu.orders.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A breach of the order; the reporting agency comes from the token")
public record BreachRequest(
        @NotNull @PastOrPresent LocalDate occurredOn,
        @NotBlank @Size(max = 4000) String description) {
}
