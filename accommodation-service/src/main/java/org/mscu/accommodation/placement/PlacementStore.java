package org.mscu.accommodation.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes placements so that the database, not Java, decides who gets a bed: the exclusion
 * constraint {@code placement_no_overlap} over (bed, nights) rejects any overlap, whatever the
 * concurrency. Inserts use {@code ON CONFLICT DO NOTHING}, so a lost race is a row count of 0 and
 * the transaction stays usable for the next bed.
 */
@ApplicationScoped
class PlacementStore {

    static final String EXCLUSION_VIOLATION = "23P01";

    /** What a new placement row holds. */
    record NewPlacement(UUID id, UUID bedId, UUID propertyId, String victimRef, PlacementStatus status,
                        LocalDate from, LocalDate plannedTo, String needs, String subject, String username,
                        String agency, Instant createdAt) {
    }

    private final EntityManager em;

    PlacementStore(EntityManager em) {
        this.em = em;
    }

    /** True when the bed was free and the placement is now stored; false when another placement holds it. */
    boolean tryInsert(NewPlacement p) {
        int rows = em.createNativeQuery("""
                INSERT INTO placement (id, bed_id, property_id, victim_ref, status, starts_on, planned_to, needs,
                                       requested_by_subject, requested_by_username, requested_by_agency, created_at, version)
                VALUES (:id, :bed, :property, :victimRef, :status, :from, :plannedTo, string_to_array(:needs, ','),
                        :subject, :username, :agency, :createdAt, 0)
                ON CONFLICT DO NOTHING
                """)
                .setParameter("id", p.id())
                .setParameter("bed", p.bedId())
                .setParameter("property", p.propertyId())
                .setParameter("victimRef", p.victimRef())
                .setParameter("status", p.status().name())
                .setParameter("from", p.from())
                .setParameter("plannedTo", p.plannedTo())
                .setParameter("needs", p.needs())
                .setParameter("subject", p.subject())
                .setParameter("username", p.username() == null ? "" : p.username())
                .setParameter("agency", p.agency())
                .setParameter("createdAt", p.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return rows == 1;
    }

    /** Whether another placement (not cancelled) holds the bed on some night of {@code [from, to)}. */
    boolean overlapsAnother(UUID placementId, UUID bedId, LocalDate from, LocalDate to) {
        Number count = (Number) em.createNativeQuery("""
                SELECT count(*) FROM placement
                WHERE bed_id = :bed AND id <> :id AND status <> 'CANCELLED' AND stay && daterange(:from, :to, '[)')
                """).setParameter("bed", bedId).setParameter("id", placementId).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return count.longValue() > 0;
    }

    /** Writes pending changes now; true unless they would overlap another placement of the bed. */
    boolean flushUnlessOverlapping() {
        try {
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (isExclusionViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
