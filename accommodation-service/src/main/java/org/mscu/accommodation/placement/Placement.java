package org.mscu.accommodation.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person placed in a bed for the nights {@code [startsOn, plannedTo)}. Rows are inserted by
 * {@link PlacementStore} (the exclusion constraint decides who gets a bed); changes go through
 * this entity. No field asks for or stores immigration status.
 */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "bed_id")
    public UUID bedId;

    @Column(name = "property_id")
    public UUID propertyId;

    @Column(name = "victim_ref")
    public String victimRef;

    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "planned_to")
    public LocalDate plannedTo;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    public PlacementOutcome outcome;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] needs;

    @Column(name = "requested_by_subject")
    public String requestedBySubject;

    @Column(name = "requested_by_username")
    public String requestedByUsername;

    @Column(name = "requested_by_agency")
    public String requestedByAgency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "ending_soon_sent_for")
    public LocalDate endingSoonSentFor;

    @Version
    public long version;

    @Override
    public String toString() {
        return "Placement[" + id + "]";
    }

    /** Whether the caller (by token subject) requested a placement that is now active at this property. */
    public static boolean activeRequestedBy(UUID propertyId, String subject) {
        return subject != null && count("propertyId = ?1 and requestedBySubject = ?2 and status = ?3",
                propertyId, subject, PlacementStatus.ACTIVE) > 0;
    }
}
