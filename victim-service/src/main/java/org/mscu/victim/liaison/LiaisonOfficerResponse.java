package org.mscu.victim.liaison;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;

/** A roster entry with its current caseload. */
@Schema(name = "LiaisonOfficer", description = "A liaison officer on the roster")
public record LiaisonOfficerResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Keycloak username") String username,
        @Schema(description = "Name") String name,
        @Schema(description = "Agency") String agency,
        @Schema(description = "Collar number") String collarNumber,
        @Schema(description = "Gender") Gender gender,
        @Schema(description = "Languages") List<String> languages,
        @Schema(description = "Districts covered") List<String> districts,
        @Schema(description = "Specialisms") List<ExploitationType> specialisms,
        @Schema(description = "Most victims at once") int maxCaseload,
        @Schema(description = "Victims currently assigned") int caseload,
        @Schema(description = "Takes assignments") boolean active,
        @Schema(description = "When put on the roster") Instant createdAt,
        @Schema(description = "Version for If-Match") long version) implements Versioned {

    static LiaisonOfficerResponse of(LiaisonOfficer o, int caseload) {
        return new LiaisonOfficerResponse(o.id, o.username, o.name, o.agency, o.collarNumber, o.gender,
                List.copyOf(o.languages), List.copyOf(o.districts),
                o.specialisms.stream().map(ExploitationType::valueOf).toList(), o.maxCaseload, caseload, o.active,
                o.createdAt, o.version);
    }
}
