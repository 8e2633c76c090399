package org.mscu.referral.notifications;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events that become notifications, each with the action of the policy resource
 * {@code notification} that decides who sees it (policy.yaml).
 */
public enum NotificationType {
    CRIME_RECORDING_OVERDUE("referral.crime-recording-overdue", "crime-recording-overdue"),
    ROTA_GAP_DETECTED("rota.gap-detected", "rota-gap-detected"),
    ORDER_EXPIRING("order.expiring", "order-expiring"),
    PLACEMENT_ENDING_SOON("placement.ending-soon", "placement-ending-soon");

    /** The policy resource of the feed; its actions are {@link #FEED} and one per type. */
    public static final String RESOURCE = "notification";
    public static final String FEED = "feed";

    private final String eventType;
    private final String action;

    NotificationType(String eventType, String action) {
        this.eventType = eventType;
        this.action = action;
    }

    /** The event type, which is also the notification's {@code type} in the API. */
    public String eventType() {
        return eventType;
    }

    /** The policy action a caller needs to see notifications of this type. */
    public String action() {
        return action;
    }

    public static Optional<NotificationType> ofEventType(String eventType) {
        return Arrays.stream(values()).filter(t -> t.eventType.equals(eventType)).findFirst();
    }

    public static Set<String> eventTypes() {
        return Arrays.stream(values()).map(NotificationType::eventType).collect(Collectors.toUnmodifiableSet());
    }
}
