package org.mscu.victim.victims;

import java.time.LocalDate;
import java.util.List;

/** Entity to API, explicit and small. */
final class VictimMapping {

    private VictimMapping() {
    }

    static VictimResponse toResponse(Victim v, CurrentLiaison liaison, LocalDate today) {
        List<ExploitationType> types = v.exploitationTypes.stream().map(ExploitationType::valueOf).toList();
        return new VictimResponse(v.id, v.referralId, v.referralReference, v.givenName, v.familyName, v.dateOfBirth,
                AgeRule.isChild(v.dateOfBirth, today), v.gender, List.copyOf(v.languages), v.district,
                new VictimNeedsBody(v.officerGenderPreference, types), liaison, v.origin, v.createdAt, v.version);
    }
}
