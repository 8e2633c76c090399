package org.mscu.victim.rota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A rota gap the look-ahead has published. */
@Entity
@Table(name = "rota_gap_report")
public class GapReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "gap_from", nullable = false)
    public Instant gapFrom;

    @Column(name = "gap_to", nullable = false)
    public Instant gapTo;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    public TimeWindow window() {
        return new TimeWindow(gapFrom, gapTo);
    }
}
