package org.mscu.victim.liaison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Assign a liaison officer to a victim; without {@code officerId} the best match is taken. */
@Schema(description = "Assign a liaison officer; assigning again ends the current assignment with the reason")
public record AssignLiaisonRequest(
        @Schema(description = "Roster id of the officer; absent = best-ranked candidate") UUID officerId,
        @Schema(description = "Why this officer (and, on a change, why the previous one ends)", examples = "speaks the victim's language")
        @NotBlank @Size(max = 1000) String reason) {
}
