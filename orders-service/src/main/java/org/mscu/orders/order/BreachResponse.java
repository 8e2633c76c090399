package org.mscu.orders.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Breach", description = "A breach of an order")
public record BreachResponse(UUID id, UUID orderId, LocalDate occurredOn, String description,
                             @Schema(description = "The agency that reported it") String reportedByAgency,
                             Instant recordedAt) {

    static BreachResponse of(Breach breach) {
        return new BreachResponse(breach.id, breach.orderId, breach.occurredOn, breach.description,
                breach.reportedByAgency, breach.recordedAt);
    }
}
