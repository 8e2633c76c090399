package org.mscu.referral.sharing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An explicit disclosure of a referral to another agency; revocation keeps the row. */
@Entity
@Table(name = "referral_share")
public class Share extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public String agency;

    @Enumerated(EnumType.STRING)
    public ShareLevel level;

    public String purpose;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "shared_at")
    public Instant sharedAt;

    @Column(name = "shared_by")
    public String sharedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    public static Optional<Share> active(UUID referralId, String agency) {
        return find("referralId = ?1 and agency = ?2 and revokedAt is null", referralId, agency).firstResultOptional();
    }
}
