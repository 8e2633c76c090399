package org.mscu.victim.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Caseloads derived from current (not ended) assignments. */
@ApplicationScoped
public class Caseloads {

    private final EntityManager em;

    Caseloads(EntityManager em) {
        this.em = em;
    }

    public int of(UUID officerId) {
        return em.createQuery("select count(a) from LiaisonAssignment a where a.officerId = :officer and a.endedAt is null",
                        Long.class)
                .setParameter("officer", officerId).getSingleResult().intValue();
    }

    public Map<UUID, Integer> of(Collection<UUID> officerIds) {
        Map<UUID, Integer> caseloads = new HashMap<>();
        if (officerIds.isEmpty()) {
            return caseloads;
        }
        List<Object[]> rows = em.createQuery("""
                        select a.officerId, count(a) from LiaisonAssignment a
                        where a.officerId in :officers and a.endedAt is null group by a.officerId
                        """, Object[].class)
                .setParameter("officers", officerIds).getResultList();
        rows.forEach(r -> caseloads.put((UUID) r[0], ((Long) r[1]).intValue()));
        return caseloads;
    }
}
