package org.mscu.victim.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One tactical-advisor shift [startsAt, endsAt). */
@Entity
@Table(name = "rota_shift")
public class Shift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "advisor_id", nullable = false)
    public UUID advisorId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public TimeWindow window() {
        return new TimeWindow(startsAt, endsAt);
    }
}
