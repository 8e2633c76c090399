package org.mscu.referral.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.EventHandler;

/**
 * Consumes the notifying events of every service (queue {@code referrals.notifications}) into the feed.
 * An event whose data lacks what its type needs is refused, so it ends in the dead-letter queue.
 */
@ApplicationScoped
public class NotificationEvents implements EventHandler {

    private final NotificationService notifications;

    NotificationEvents(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Set<String> eventTypes() {
        return NotificationType.eventTypes();
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.time() == null || event.source() == null) {
            throw new IllegalArgumentException(event.type() + ": an event without time or source");
        }
        notifications.record(UUID.fromString(event.id()), event.type(), event.source(), event.time(), event.data());
    }
}
