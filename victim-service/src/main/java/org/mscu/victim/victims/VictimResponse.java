package org.mscu.victim.victims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mscu.platform.concurrency.Versioned;

/** A victim as the API shows it. */
@Schema(name = "Victim", description = "A victim under the unit's support")
public record VictimResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Referral the victim comes from") UUID referralId,
        @Schema(description = "The referral's human reference") String referralReference,
        @Schema(description = "Given name") String givenName,
        @Schema(description = "Family name") String familyName,
        @Schema(description = "Date of birth") LocalDate dateOfBirth,
        @Schema(description = "Under 18 today (or age unknown)") boolean child,
        @Schema(description = "Gender") Gender gender,
        @Schema(description = "Languages spoken") List<String> languages,
        @Schema(description = "District") String district,
        @Schema(description = "Needs") VictimNeedsBody needs,
        @Schema(description = "Current liaison officer, null when none") CurrentLiaison liaison,
        @Schema(description = "How the victim was recorded") Victim.Origin origin,
        @Schema(description = "When the victim was recorded") Instant createdAt,
        @Schema(description = "Version for If-Match") long version) implements Versioned {
}
