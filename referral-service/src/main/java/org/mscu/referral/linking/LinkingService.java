package org.mscu.referral.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mscu.platform.problem.ProblemException;
import org.mscu.referral.intake.Referral;
import org.mscu.referral.intake.ReferralAudit;
import org.mscu.referral.intake.Referrals;
import org.mscu.referral.sharing.ReferralAccess;

/**
 * Overlays partners' data: referrals sharing a normalised phone, postcode, vehicle or suspect name.
 * A linked referral is listed only when the caller may list links of it too (MSCU: any; a partner: its own and
 * those shared with it in FULL); any other is left out as if it did not exist, and is not counted.
 */
@ApplicationScoped
public class LinkingService {

    static final int MAX_NETWORK_SIZE = 10_000;

    private final EntityManager em;
    private final Referrals referrals;
    private final ReferralAccess access;
    private final ReferralAudit audit;

    LinkingService(EntityManager em, Referrals referrals, ReferralAccess access, ReferralAudit audit) {
        this.em = em;
        this.referrals = referrals;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Link> links(UUID id) {
        Referral r = referrals.find(id);
        access.authorize("links", r);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT other.referral_id, string_agg(DISTINCT other.kind, ',' ORDER BY other.kind)
                FROM referral_identifier mine
                JOIN referral_identifier other ON other.kind = mine.kind AND other.value = mine.value
                WHERE mine.referral_id = :id AND other.referral_id <> :id
                GROUP BY other.referral_id""")
                .setParameter("id", r.id).getResultList();
        Map<UUID, List<IdentifierKind>> matchedOn = new HashMap<>();
        for (Object[] row : rows) {
            matchedOn.put((UUID) row[0], Arrays.stream(((String) row[1]).split(",")).map(IdentifierKind::valueOf).toList());
        }
        // One query for the referrals and one for the caller's shares of them, however many share an identifier.
        List<Link> links = new ArrayList<>();
        for (Referral other : access.linkable(referralsById(matchedOn.keySet()))) {
            links.add(new Link(other.id, other.reference, matchedOn.get(other.id)));
        }
        links.sort(java.util.Comparator.comparing(Link::reference));
        audit.combined(r, links.size());
        return links;
    }

    private List<Referral> referralsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Referral r WHERE r.id IN :ids", Referral.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Network.Networks networks(int minSize) {
        if (minSize < 2) {
            throw ProblemException.invalid("minSize", "must be at least 2");
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.referral_id, i.kind, i.value FROM referral_identifier i
                WHERE (i.kind, i.value) IN (SELECT kind, value FROM referral_identifier
                                            GROUP BY kind, value HAVING count(*) > 1)""")
                .setMaxResults(MAX_NETWORK_SIZE * 4).getResultList();
        List<Clusters.Occurrence> occurrences = rows.stream()
                .map(row -> new Clusters.Occurrence((UUID) row[0], IdentifierKind.valueOf((String) row[1]), (String) row[2]))
                .toList();
        Map<UUID, Referral> visible = new HashMap<>();
        for (Referral member : access.readable(referralsById(occurrences.stream().map(Clusters.Occurrence::referralId).toList()))) {
            visible.put(member.id, member);
        }
        List<Clusters.Occurrence> seen = occurrences.stream().filter(o -> visible.get(o.referralId()) != null).toList();
        List<Network> networks = new ArrayList<>();
        for (Clusters.Cluster cluster : Clusters.of(seen, minSize)) {
            List<Network.Member> members = cluster.referralIds().stream().map(visible::get)
                    .map(m -> new Network.Member(m.id, m.reference))
                    .sorted(java.util.Comparator.comparing(Network.Member::reference)).toList();
            networks.add(new Network(members.size(), List.copyOf(cluster.linkedBy()), members));
        }
        return new Network.Networks(networks);
    }
}
