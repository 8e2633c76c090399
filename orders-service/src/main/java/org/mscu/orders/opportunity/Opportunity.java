package org.mscu.orders.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A Risk Order opportunity: a referral where a criminal investigation is not pursued. One per referral. */
@Entity
@Table(name = "order_opportunity")
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public OpportunityReason reason;

    public String notes;

    @Enumerated(EnumType.STRING)
    public OpportunityOrigin origin;

    @Enumerated(EnumType.STRING)
    public OpportunityStatus status;

    @Enumerated(EnumType.STRING)
    public AssessmentDecision decision;

    public String rationale;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
