package org.mscu.victim.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;
import org.mscu.victim.victims.ReferralAccepted;

/**
 * Maps referral-service's view of an accepted referral onto what this service records. A name the
 * referral does not give becomes {@value #NOT_KNOWN} (a victim always has both names here); a value
 * this service does not know becomes UNKNOWN.
 */
final class AcceptedReferral {

    static final String NOT_KNOWN = "Not known";

    private AcceptedReferral() {
    }

    static ReferralAccepted from(UUID referralId, JsonNode referral) {
        if (!"ACCEPTED".equals(referral.path("status").asText())) {
            throw new UpstreamException("referral " + referralId + " is " + referral.path("status").asText("of no status") + ", not ACCEPTED");
        }
        JsonNode person = referral.path("potentialVictim");
        return new ReferralAccepted(referralId, text(referral.path("reference")),
                name(person.path("givenName")), name(person.path("familyName")),
                date(person.path("dateOfBirth")), gender(person.path("gender")), texts(person.path("languages")),
                text(referral.path("location").path("district")), exploitationTypes(referral.path("exploitationTypes")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static String name(JsonNode node) {
        String name = text(node);
        return name == null ? NOT_KNOWN : name;
    }

    private static LocalDate date(JsonNode node) {
        if (text(node) == null) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            // the exception's message would quote the date of birth into the logs
            throw new UpstreamException("referral-service answered a malformed date of birth");
        }
    }

    private static Gender gender(JsonNode node) {
        try {
            return text(node) == null ? Gender.UNKNOWN : Gender.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Gender.UNKNOWN;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            if (text(item) != null) {
                values.add(text(item));
            }
        });
        return values;
    }

    private static List<ExploitationType> exploitationTypes(JsonNode array) {
        return texts(array).stream().map(AcceptedReferral::exploitationType).distinct().toList();
    }

    private static ExploitationType exploitationType(String value) {
        try {
            return ExploitationType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ExploitationType.UNKNOWN;
        }
    }
}
