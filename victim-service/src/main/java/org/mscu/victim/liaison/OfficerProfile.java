package org.mscu.victim.liaison;

import java.util.Set;
import java.util.UUID;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;

/** What matching needs to know of a liaison officer. Languages are lower-case codes; districts compare ignoring case. */
public record OfficerProfile(UUID id, String name, Gender gender, Set<String> languages, Set<String> districts,
                             Set<ExploitationType> specialisms, int caseload, int maxCaseload, boolean active) {

    public OfficerProfile {
        languages = Set.copyOf(languages);
        districts = Set.copyOf(districts);
        specialisms = Set.copyOf(specialisms);
    }

    public int spareCapacity() {
        return Math.max(0, maxCaseload - caseload);
    }
}
