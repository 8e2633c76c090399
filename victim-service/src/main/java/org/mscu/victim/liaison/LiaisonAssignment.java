package org.mscu.victim.liaison;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A liaison officer's assignment to a victim; current while {@code endedAt} is null. */
@Entity
@Table(name = "liaison_assignment")
public class LiaisonAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "victim_id", nullable = false)
    public UUID victimId;

    @Column(name = "officer_id", nullable = false)
    public UUID officerId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "ended_by")
    public String endedBy;

    public boolean current() {
        return endedAt == null;
    }
}
