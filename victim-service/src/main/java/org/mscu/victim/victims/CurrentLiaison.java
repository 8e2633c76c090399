package org.mscu.victim.victims;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The victim's current liaison officer. */
@Schema(description = "The victim's current liaison officer")
public record CurrentLiaison(
        @Schema(description = "Roster id of the officer") UUID officerId,
        @Schema(description = "Officer's name") String name,
        @Schema(description = "Keycloak username of the officer") String username,
        @Schema(description = "Assigned since") Instant since) {
}
