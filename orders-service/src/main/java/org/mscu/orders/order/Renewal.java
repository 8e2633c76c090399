package org.mscu.orders.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One renewal of prohibitions: the prohibitions before and after. */
@Schema(description = "A renewal extending prohibitions, kept with what it replaced")
public record Renewal(UUID id, LocalDate renewedOn, List<Prohibition> previousProhibitions,
                      List<Prohibition> prohibitions, String recordedByAgency, Instant recordedAt) {
}
