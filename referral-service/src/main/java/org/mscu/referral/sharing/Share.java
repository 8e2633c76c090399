package org.mscu.referral.sharing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** The agency's active shares of any of these referrals, by referral, in one query. */
    public static Map<UUID, Share> active(Collection<UUID> referralIds, String agency) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        return Share.<Share>list("referralId in ?1 and agency = ?2 and revokedAt is null", referralIds, agency).stream()
                .collect(Collectors.toMap(share -> share.referralId, share -> share, (first, second) -> first));
    }
}
