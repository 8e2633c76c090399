package org.mscu.referral.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "Something a role should act on; no personal data")
public record NotificationResponse(
        @Schema(description = "The id of the event it was made from") UUID id,
        @Schema(description = "The event type", enumeration = {"referral.crime-recording-overdue", "rota.gap-detected",
                "order.expiring", "placement.ending-soon"}) String type,
        @Schema(description = "When the event happened") Instant occurredAt,
        @Schema(description = "A short title without personal data", example = "STPO expires on 2026-12-01") String title,
        @Schema(description = "API path of the record it is about", example = "/api/v1/orders/5b0e8f0e-3c1a-4a57-9d55-2f3f4b1c6a10") String link,
        @Schema(description = "Ids of the records it is about, by name (referralId, gapId, orderId, placementId; reference for referrals)")
        Map<String, String> references) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.id, n.eventType, n.occurredAt, n.title, n.link, n.references);
    }
}
