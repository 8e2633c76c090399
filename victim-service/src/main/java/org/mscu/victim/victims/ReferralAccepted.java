package org.mscu.victim.victims;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the {@code referral.accepted} event tells this service: enough to record the victim. The
 * event consumer (events issue) maps the event's data onto this and calls
 * {@link VictimService#createFromReferral(ReferralAccepted)}.
 */
public record ReferralAccepted(UUID referralId, String referralReference, String givenName, String familyName,
                               LocalDate dateOfBirth, Gender gender, List<String> languages, String district,
                               List<ExploitationType> exploitationTypes) {

    public ReferralAccepted {
        languages = languages == null ? List.of() : List.copyOf(languages);
        exploitationTypes = exploitationTypes == null ? List.of() : List.copyOf(exploitationTypes);
    }
}
