package org.mscu.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Fictional referral bodies in the shape of the API contract (POST /api/v1/referrals). */
final class Referrals {

    private Referrals() {
    }

    static Map<String, Object> adultLabourExploitation() {
        return Map.of(
                "source", "THIRD_SECTOR",
                "receivedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS).toString(),
                "potentialVictim", Map.of(
                        "givenName", "Testa", "familyName", "Fictional", "aliases", List.of(),
                        "dateOfBirth", "1990-04-02", "gender", "FEMALE", "nationality", "RO",
                        "languages", List.of("ro"), "contactPhone", "+447700900001"),
                "exploitationTypes", List.of("LABOUR"),
                "location", Map.of("district", "Manchester", "postcode", "M1 1AA", "address", "1 Example Street"),
                "suspects", List.of(Map.of("name", "Fictional Suspect", "phone", "+447700900002")),
                "narrative", "End-to-end test referral; fictional.",
                "consentToNrm", true,
                "urgent", false);
    }
}
