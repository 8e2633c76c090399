package org.mscu.victim.rota;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TacticalAdvisor", description = "A tactical advisor")
public record AdvisorResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Keycloak username") String username,
        @Schema(description = "Name") String name,
        @Schema(description = "Phone") String phone,
        @Schema(description = "When added") Instant createdAt) {

    static AdvisorResponse of(TacticalAdvisor a) {
        return new AdvisorResponse(a.id, a.username, a.name, a.phone, a.createdAt);
    }
}
