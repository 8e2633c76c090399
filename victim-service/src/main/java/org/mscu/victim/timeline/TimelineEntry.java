package org.mscu.victim.timeline;

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

/** One thing that happened to a victim. Ids, dates and codes only: never an address or free text. */
@Entity
@Table(name = "victim_timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "victim_id", nullable = false)
    public UUID victimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimelineKind kind;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "officer_id")
    public UUID officerId;

    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "property_id")
    public UUID propertyId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "planned_to")
    public LocalDate plannedTo;

    public String detail;
}
