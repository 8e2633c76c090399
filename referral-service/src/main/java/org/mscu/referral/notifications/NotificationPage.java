package org.mscu.referral.notifications;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPage", description = "A page of the caller's notifications, newest first")
public record NotificationPage(List<NotificationResponse> items,
                               @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor) {
}
