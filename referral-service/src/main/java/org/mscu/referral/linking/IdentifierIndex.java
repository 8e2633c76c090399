package org.mscu.referral.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.Suspect;

/** Stores a referral's normalised identifiers, so that referrals sharing one can be found by index. */
@ApplicationScoped
public class IdentifierIndex {

    private final EntityManager em;

    IdentifierIndex(EntityManager em) {
        this.em = em;
    }

    public static Set<Clusters.Occurrence> identifiersOf(Referral r) {
        Set<Clusters.Occurrence> found = new LinkedHashSet<>();
        if (r.potentialVictim != null) {
            add(found, r, IdentifierKind.PHONE, Normalise.phone(r.potentialVictim.contactPhone()));
        }
        if (r.location != null) {
            add(found, r, IdentifierKind.POSTCODE, Normalise.postcode(r.location.postcode()));
        }
        if (r.suspects != null) {
            for (Suspect s : r.suspects) {
                add(found, r, IdentifierKind.PHONE, Normalise.phone(s.phone()));
                add(found, r, IdentifierKind.VEHICLE_REGISTRATION, Normalise.vehicleRegistration(s.vehicleRegistration()));
                add(found, r, IdentifierKind.SUSPECT_NAME, Normalise.name(s.name()));
            }
        }
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void index(Referral r) {
        for (Clusters.Occurrence o : identifiersOf(r)) {
            em.createNativeQuery("INSERT INTO referral_identifier (referral_id, kind, value) VALUES (:id, :kind, :value) "
                            + "ON CONFLICT DO NOTHING")
                    .setParameter("id", o.referralId())
                    .setParameter("kind", o.kind().name())
                    .setParameter("value", o.value())
                    .executeUpdate();
        }
    }

    private static void add(Set<Clusters.Occurrence> found, Referral r, IdentifierKind kind, String value) {
        if (value != null) {
            found.add(new Clusters.Occurrence(r.id, kind, value));
        }
    }
}
