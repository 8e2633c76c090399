package org.mscu.victim.liaison;

import java.util.Set;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.OfficerGenderPreference;

/** What matching needs to know of a victim. */
public record VictimNeeds(Set<String> languages, OfficerGenderPreference genderPreference, String district,
                          Set<ExploitationType> exploitationTypes) {

    public VictimNeeds {
        languages = Set.copyOf(languages);
        genderPreference = genderPreference == null ? OfficerGenderPreference.NO_PREFERENCE : genderPreference;
        exploitationTypes = Set.copyOf(exploitationTypes);
    }
}
