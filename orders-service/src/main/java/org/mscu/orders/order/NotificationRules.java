package org.mscu.orders.order;

import java.time.LocalDate;
import java.time.Period;

/**
 * Notification requirements (MSA 2015 s.17(3)-(4)): the subject notifies their names and home address
 * within 3 days of the order being served, and any change within 3 days of the change. Day 3 is in time,
 * day 4 is late.
 */
public final class NotificationRules {

    public static final Period WINDOW = Period.ofDays(3);

    private NotificationRules() {
    }

    /** The last day to notify, from the day the order was served or the day of the change. */
    public static LocalDate dueBy(LocalDate triggeredOn) {
        return triggeredOn.plus(WINDOW);
    }

    public static NotificationStatus status(LocalDate dueBy, LocalDate notifiedOn, LocalDate today) {
        if (notifiedOn != null) {
            return notifiedOn.isAfter(dueBy) ? NotificationStatus.OVERDUE : NotificationStatus.MET;
        }
        return today.isAfter(dueBy) ? NotificationStatus.OVERDUE : NotificationStatus.DUE;
    }
}
