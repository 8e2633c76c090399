package org.mscu.platform.audit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of re-walking the audit chain. */
@Schema(name = "AuditVerification", description = "Result of re-walking the audit hash chain")
public record AuditVerification(
        @Schema(description = "The service whose log was checked") String service,
        @Schema(description = "Entries checked") long entries,
        @Schema(description = "Whether every link of the chain holds") boolean intact,
        @Schema(description = "The first broken link; null when intact") BrokenLink firstBroken) {

    /** The first entry whose link does not hold, and why. */
    @Schema(name = "AuditBrokenLink")
    public record BrokenLink(
            @Schema(description = "Position of the entry in the chain") long seq,
            @Schema(description = "Entry id") UUID id,
            @Schema(description = "What does not hold") String reason) {
    }
}
