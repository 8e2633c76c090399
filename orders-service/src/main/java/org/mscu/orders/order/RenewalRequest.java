package org.mscu.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A renewal extending some prohibitions (foreign travel by at most 5 years at a time)")
public record RenewalRequest(
        @NotNull @PastOrPresent LocalDate renewedOn,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> prohibitions) {

    @Schema(name = "ProhibitionRenewal", description = "One prohibition renewed to a new last day")
    public record Item(@NotNull UUID prohibitionId,
                       @Schema(description = "New last day; null = until further order (not for foreign travel)") LocalDate until) {
    }
}
