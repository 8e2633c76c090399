package org.mscu.victim.section45;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The Section 45 defence consideration of one victim. */
@Entity
@Table(name = "section45_consideration")
public class Section45Consideration extends PanacheEntityBase {

    @Id
    @Column(name = "victim_id")
    public UUID victimId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "suspected_offences", nullable = false)
    public List<String> suspectedOffences = new ArrayList<>();

    @Column(name = "compulsion_details")
    public String compulsionDetails;

    @Column(name = "excluded_offence", nullable = false)
    public boolean excludedOffence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Section45Status status;

    @Column(name = "cps_referred_at")
    public Instant cpsReferredAt;

    @Column(name = "child_at_assessment", nullable = false)
    public boolean childAtAssessment;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Version
    public long version;
}
