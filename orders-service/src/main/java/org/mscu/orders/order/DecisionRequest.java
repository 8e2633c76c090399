package org.mscu.orders.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The court's decision on an application")
public record DecisionRequest(
        @NotNull DecisionOutcome outcome,
        @Schema(description = "The day the order was made (or refused)", examples = "2026-11-27") @NotNull @PastOrPresent LocalDate madeOn,
        @Schema(description = "Last day of the order for prohibitions without their own end; null = until further order",
                examples = "2031-11-27") LocalDate expiresOn,
        @Schema(description = "The day the order was served on the subject, when known: starts the 3-day notification")
        @PastOrPresent LocalDate servedOn) {
}
