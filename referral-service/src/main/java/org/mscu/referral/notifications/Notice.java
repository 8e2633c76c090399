package org.mscu.referral.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mscu.referral.intake.ReferenceFormat;

/**
 * What a notification says, made from an event's data: a short title, the path of the record it is
 * about, the ids it refers to, and the agency the record belongs to (for rules with relationship
 * {@code own}). Only ids, references, dates and counts are read from the data, so no personal data
 * can reach a title. Data without what a type needs is refused ({@link IllegalArgumentException}).
 */
public record Notice(String title, String link, Map<String, String> references, String agency) {

    public static Notice of(NotificationType type, JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException(type.eventType() + ": data is not a JSON object");
        }
        return switch (type) {
            case CRIME_RECORDING_OVERDUE -> {
                UUID referral = uuid(type, data, "referralId");
                String reference = text(type, data, "reference");
                if (!ReferenceFormat.PATTERN.matcher(reference).matches()) {
                    throw new IllegalArgumentException(type.eventType() + ": reference is not a referral reference");
                }
                yield new Notice("Crime recording overdue for referral " + reference + " (due " + instant(type, data, "dueBy") + ")",
                        "/api/v1/referrals/" + referral, refs("referralId", referral, "reference", reference), null);
            }
            case ROTA_GAP_DETECTED -> {
                UUID gap = uuid(type, data, "gapId");
                Instant from = instant(type, data, "from");
                Instant to = instant(type, data, "to");
                yield new Notice("No tactical advisor on call from " + from + " to " + to,
                        "/api/v1/tactical-advisors/coverage?from=" + from + "&to=" + to, refs("gapId", gap), null);
            }
            case ORDER_EXPIRING -> {
                UUID order = uuid(type, data, "orderId");
                String orderType = text(type, data, "type");
                if (!orderType.equals("STPO") && !orderType.equals("STRO")) {
                    throw new IllegalArgumentException(type.eventType() + ": type is not STPO or STRO");
                }
                yield new Notice(orderType + " expires on " + date(type, data, "expiresOn"), "/api/v1/orders/" + order,
                        refs("orderId", order), agency(type, data, "applicantAgency"));
            }
            case PLACEMENT_ENDING_SOON -> {
                UUID placement = uuid(type, data, "placementId");
                yield new Notice("Placement planned to end on " + date(type, data, "plannedTo"),
                        "/api/v1/placements/" + placement, refs("placementId", placement), agency(type, data, "requestedByAgency"));
            }
        };
    }

    private static Map<String, String> refs(Object... keyValues) {
        Map<String, String> refs = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            refs.put((String) keyValues[i], keyValues[i + 1].toString());
        }
        return refs;
    }

    private static String text(NotificationType type, JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(type.eventType() + ": " + field + " is missing");
        }
        return value.asText();
    }

    private static UUID uuid(NotificationType type, JsonNode data, String field) {
        try {
            return UUID.fromString(text(type, data, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type.eventType() + ": " + field + " is not a UUID");
        }
    }

    private static Instant instant(NotificationType type, JsonNode data, String field) {
        try {
            return Instant.parse(text(type, data, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(type.eventType() + ": " + field + " is not an instant");
        }
    }

    private static LocalDate date(NotificationType type, JsonNode data, String field) {
        try {
            return LocalDate.parse(text(type, data, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(type.eventType() + ": " + field + " is not a date");
        }
    }

    /** An agency id as tokens carry it (lower case, digits, dashes); absent is allowed. */
    private static String agency(NotificationType type, JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !value.asText().matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException(type.eventType() + ": " + field + " is not an agency");
        }
        return value.asText();
    }
}
