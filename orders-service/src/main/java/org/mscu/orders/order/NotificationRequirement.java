package org.mscu.orders.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A duty of the subject to notify: after service (INITIAL) or after a change of name or address. */
@Entity
@Table(name = "notification_requirement")
public class NotificationRequirement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    /** The day the order was served, or the day of the change. */
    @Column(name = "triggered_on")
    public LocalDate triggeredOn;

    @Column(name = "due_by")
    public LocalDate dueBy;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    public String details;

    @Column(name = "recorded_by_agency")
    public String recordedByAgency;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public NotificationStatus status(LocalDate today) {
        return NotificationRules.status(dueBy, notifiedOn, today);
    }
}
