package org.mscu.victim.victims;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the victim needs of a liaison officer. */
@Schema(name = "VictimNeeds", description = "What the victim needs of a liaison officer")
public record VictimNeedsBody(
        @Schema(description = "Preferred officer gender", defaultValue = "NO_PREFERENCE") OfficerGenderPreference officerGenderPreference,
        @Schema(description = "Exploitation types the victim suffered; matched against officers' specialisms")
        @Size(max = 10) List<ExploitationType> specialisms) {

    public VictimNeedsBody {
        officerGenderPreference = officerGenderPreference == null ? OfficerGenderPreference.NO_PREFERENCE : officerGenderPreference;
        specialisms = specialisms == null ? List.of() : List.copyOf(specialisms);
    }
}
