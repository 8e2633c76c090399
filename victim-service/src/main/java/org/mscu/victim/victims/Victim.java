package org.mscu.victim.victims;

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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A victim under the unit's support. */
@Entity
@Table(name = "victim")
public class Victim extends PanacheEntityBase {

    /** How the victim came to be recorded. */
    public enum Origin { COORDINATOR, REFERRAL_ACCEPTED }

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "referral_reference")
    public String referralReference;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "languages", nullable = false)
    public List<String> languages = new ArrayList<>();

    public String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "officer_gender_preference", nullable = false)
    public OfficerGenderPreference officerGenderPreference = OfficerGenderPreference.NO_PREFERENCE;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "exploitation_types", nullable = false)
    public List<String> exploitationTypes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
