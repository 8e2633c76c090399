package org.mscu.orders.order;

import java.time.LocalDate;

/**
 * Filters of the order list: status, type, in force and ending on or before a day, with an overdue
 * notification requirement, and by subject (name key and date of birth).
 */
public record OrderFilter(OrderStatus status, OrderType type, LocalDate expiringBefore, Integer expiringWithinDays,
                          Boolean notificationOverdue, String subjectNameKey, LocalDate subjectDateOfBirth) {

    public static OrderFilter bySubject(SubjectSearchRequest request) {
        return new OrderFilter(null, null, null, null, null, PreventionOrder.nameKey(request.name()), request.dateOfBirth());
    }

    /** The last day an expiring order may end: the earlier of expiringBefore and today + expiringWithinDays. */
    public LocalDate expiryHorizon(LocalDate today) {
        LocalDate within = expiringWithinDays == null ? null : today.plusDays(expiringWithinDays);
        if (within == null) {
            return expiringBefore;
        }
        return expiringBefore == null || within.isBefore(expiringBefore) ? within : expiringBefore;
    }
}
