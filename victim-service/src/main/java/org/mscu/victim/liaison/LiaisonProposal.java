package org.mscu.victim.liaison;

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

/**
 * The liaison officer the matcher proposed for a victim recorded from an accepted referral, at most
 * one per victim. A proposal reserves no place: confirming it checks the officer's capacity again.
 */
@Entity
@Table(name = "liaison_proposal")
public class LiaisonProposal extends PanacheEntityBase {

    @Id
    @Column(name = "victim_id")
    public UUID victimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(name = "officer_id")
    public UUID officerId;

    public Integer score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MatchReason> reasons = new ArrayList<>();

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Version
    public long version;

    /** An officer assigned by hand settles an open proposal. */
    static void supersedeOpen(UUID victimId, Instant at, String actor) {
        LiaisonProposal proposal = findById(victimId);
        if (proposal != null && proposal.status.open()) {
            proposal.status = ProposalStatus.SUPERSEDED;
            proposal.decidedAt = at;
            proposal.decidedBy = actor;
        }
    }
}
