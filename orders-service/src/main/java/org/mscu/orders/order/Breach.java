package org.mscu.orders.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A breach of an order (MSA s.30), as reported by the applicant agency or probation. */
@Entity
@Table(name = "breach")
public class Breach extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String description;

    @Column(name = "reported_by_agency")
    public String reportedByAgency;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
