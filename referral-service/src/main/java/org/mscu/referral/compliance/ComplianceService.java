package org.mscu.referral.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.problem.ProblemException;

/** Aggregates the crime-recording duty over a period, in the database, judged against the clock. */
@ApplicationScoped
public class ComplianceService {

    static final int MAX_OVERDUE_ITEMS = 500;

    private final EntityManager em;
    private final Clock clock;

    ComplianceService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceReport crimeRecording(Instant from, Instant to) {
        if (from == null) {
            throw ProblemException.invalid("from", "is required (RFC 3339 instant)");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required (RFC 3339 instant)");
        }
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        Instant now = clock.instant();
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       count(*) FILTER (WHERE no_crime_decided_at IS NULL),
                       count(*) FILTER (WHERE crime_recorded_at <= crime_due_by),
                       count(*) FILTER (WHERE crime_recorded_at > crime_due_by),
                       count(*) FILTER (WHERE crime_recorded_at IS NULL AND no_crime_decided_at IS NULL AND crime_due_by < :now),
                       count(*) FILTER (WHERE crime_recorded_at IS NULL AND no_crime_decided_at IS NULL AND crime_due_by >= :now)
                FROM referral WHERE received_at >= :from AND received_at < :to""")
                .setParameter("now", now).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        long compliant = ((Number) row[2]).longValue();
        long late = ((Number) row[3]).longValue();
        long overdue = ((Number) row[4]).longValue();
        long decided = compliant + late + overdue;
        Double rate = decided == 0 ? null : Math.round(10_000.0 * compliant / decided) / 10_000.0;
        return new ComplianceReport(from, to, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                compliant, late, overdue, ((Number) row[5]).longValue(), rate, overdueItems(from, to, now));
    }

    @SuppressWarnings("unchecked")
    private List<ComplianceReport.OverdueItem> overdueItems(Instant from, Instant to, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, reference, received_at, crime_due_by, child, urgent FROM referral
                WHERE received_at >= :from AND received_at < :to
                  AND crime_recorded_at IS NULL AND no_crime_decided_at IS NULL AND crime_due_by < :now
                ORDER BY crime_due_by, id LIMIT :max""")
                .setParameter("now", now).setParameter("from", from).setParameter("to", to)
                .setParameter("max", MAX_OVERDUE_ITEMS)
                .getResultList();
        return rows.stream().map(r -> new ComplianceReport.OverdueItem((UUID) r[0], (String) r[1], instant(r[2]),
                instant(r[3]), (Boolean) r[4], (Boolean) r[5])).toList();
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
