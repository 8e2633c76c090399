package org.mscu.orders.order;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Slavery and Trafficking Prevention or Risk Order, from application to its end. */
@Entity
@Table(name = "prevention_order")
public class PreventionOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OrderType type;

    @Enumerated(EnumType.STRING)
    public OrderRoute route;

    public boolean interim;

    @Column(name = "interim_for")
    public UUID interimFor;

    @Column(name = "conviction_reference")
    public String convictionReference;

    @Column(name = "subject_name")
    public String subjectName;

    /** The subject's name folded for search (case, spacing, diacritics). */
    @Column(name = "subject_name_key")
    public String subjectNameKey;

    @Column(name = "subject_date_of_birth")
    public LocalDate subjectDateOfBirth;

    public String court;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Prohibition> prohibitions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "linked_referral_ids")
    public UUID[] linkedReferralIds = new UUID[0];

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "applicant_agency")
    public String applicantAgency;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "made_on")
    public LocalDate madeOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "served_on")
    public LocalDate servedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public Discharge discharge;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Variation> variations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Renewal> renewals = new ArrayList<>();

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "expiring_published_at")
    public Instant expiringPublishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Moves along the lifecycle, or 409 ILLEGAL_TRANSITION. */
    public void apply(OrderTransition transition) {
        status = OrderLifecycle.next(status, transition, interim);
    }

    public void subject(String name, LocalDate dateOfBirth) {
        this.subjectName = name;
        this.subjectNameKey = nameKey(name);
        this.subjectDateOfBirth = dateOfBirth;
    }

    /** Case, spacing and diacritics folded, so "José  Núñez" finds "jose nunez". */
    public static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
