package org.mscu.orders.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One variation of an order: the prohibitions before and after, kept for good. */
@Schema(description = "A variation of the order's prohibitions, kept with what it replaced")
public record Variation(UUID id, LocalDate variedOn, String reason, List<Prohibition> previousProhibitions,
                        List<Prohibition> prohibitions, String recordedByAgency, Instant recordedAt) {
}
