package org.mscu.referral.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mscu.referral.nrm.GroundsOutcome;
import org.mscu.referral.nrm.NrmCase;
import org.mscu.referral.nrm.NrmStage;
import org.mscu.referral.triage.NoFurtherActionReason;

/** A referral of a potential victim: the aggregate of intake, triage, crime recording and NRM. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public ReferralSource source;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "referring_agency")
    public String referringAgency;

    @Column(name = "created_by")
    public String createdBy;

    public boolean child;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "potential_victim")
    public PotentialVictim potentialVictim;

    @Column(name = "exploitation_types")
    public String[] exploitationTypes;

    @JdbcTypeCode(SqlTypes.JSON)
    public Location location;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Suspect> suspects;

    public String narrative;

    @Column(name = "consent_to_nrm")
    public boolean consentToNrm;

    public boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_reason")
    public NoFurtherActionReason triageReason;

    @Column(name = "triage_notes")
    public String triageNotes;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Column(name = "triaged_by")
    public String triagedBy;

    @Column(name = "crime_due_by")
    public Instant crimeDueBy;

    @Column(name = "crime_reference")
    public String crimeReference;

    @Column(name = "crime_recorded_at")
    public Instant crimeRecordedAt;

    @Column(name = "no_crime_reason")
    public String noCrimeReason;

    @Column(name = "no_crime_decided_at")
    public Instant noCrimeDecidedAt;

    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "nrm_stage")
    public NrmStage nrmStage = NrmStage.NOT_SUBMITTED;

    @Column(name = "nrm_reference")
    public String nrmReference;

    @Column(name = "nrm_submitted_at")
    public Instant nrmSubmittedAt;

    @Column(name = "nrm_duty_to_notify_at")
    public Instant nrmDutyToNotifyAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "nrm_rg_outcome")
    public GroundsOutcome nrmRgOutcome;

    @Column(name = "nrm_rg_at")
    public Instant nrmRgAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "nrm_cg_outcome")
    public GroundsOutcome nrmCgOutcome;

    @Column(name = "nrm_cg_at")
    public Instant nrmCgAt;

    /** The anonymous Duty to Notify record (MSA s.52(3): no identifying details). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "nrm_duty_to_notify")
    public Map<String, Object> nrmDutyToNotify;

    public NrmCase nrmCase() {
        return new NrmCase(nrmStage, nrmSubmittedAt, nrmDutyToNotifyAt, nrmRgOutcome, nrmRgAt, nrmCgOutcome, nrmCgAt);
    }

    public void nrmCase(NrmCase c) {
        nrmStage = c.stage();
        nrmSubmittedAt = c.submittedAt();
        nrmDutyToNotifyAt = c.dutyToNotifyAt();
        nrmRgOutcome = c.reasonableGrounds();
        nrmRgAt = c.reasonableGroundsAt();
        nrmCgOutcome = c.conclusiveGrounds();
        nrmCgAt = c.conclusiveGroundsAt();
    }

    public boolean noCrimeDecided() {
        return noCrimeDecidedAt != null;
    }
}
