package org.mscu.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A variation: the prohibitions as the court varied them (they replace the current ones)")
public record VariationRequest(
        @NotNull @PastOrPresent LocalDate variedOn,
        @Schema(description = "Why the order was varied") @NotBlank @Size(max = 2000) String reason,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ProhibitionRequest> prohibitions) {
}
