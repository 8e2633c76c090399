package org.mscu.accommodation.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One extension of a stay, with its reason. */
@Entity
@Table(name = "placement_extension")
public class PlacementExtension extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "previous_to")
    public LocalDate previousTo;

    @Column(name = "planned_to")
    public LocalDate plannedTo;

    public String reason;

    @Column(name = "extended_by")
    public String extendedBy;

    @Column(name = "extended_at")
    public Instant extendedAt;

    public static List<PlacementExtension> of(UUID placementId) {
        return list("placementId = ?1 order by extendedAt", placementId);
    }
}
