package org.mscu.referral.crime;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mscu.referral.history.History;
import org.mscu.referral.history.HistoryKind;
import org.mscu.referral.intake.ReferralEvents;

/**
 * Publishes {@code referral.crime-recording-overdue} once per referral that has newly become overdue.
 * Runs once per cluster: the transaction takes an advisory lock and a replica that does not get it skips.
 */
@ApplicationScoped
public class OverdueScan {

    /** Advisory lock id of this job ("MSR" + 1). */
    static final long LOCK_ID = 0x4D5352_01L;
    private static final Logger LOG = Logger.getLogger(OverdueScan.class);

    private final EntityManager em;
    private final Clock clock;
    private final ReferralEvents events;
    private final History history;

    OverdueScan(EntityManager em, Clock clock, ReferralEvents events, History history) {
        this.em = em;
        this.clock = clock;
        this.events = events;
        this.history = history;
    }

    @Scheduled(identity = "crime-recording-overdue-scan", every = "${referrals.crime-recording.overdue-scan-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        int published = scan();
        if (published > 0) {
            LOG.infof("Crime-recording overdue scan: %d referrals newly overdue", published);
        }
    }

    /** @return how many referrals were newly found overdue (-1 when another replica holds the lock) */
    @Transactional
    @SuppressWarnings("unchecked")
    public int scan() {
        boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:id)")
                .setParameter("id", LOCK_ID).getSingleResult();
        if (!locked) {
            return -1;
        }
        Instant now = clock.instant();
        List<Object[]> rows = em.createNativeQuery("""
                UPDATE referral SET overdue_notified_at = :now
                WHERE crime_recorded_at IS NULL AND no_crime_decided_at IS NULL AND overdue_notified_at IS NULL
                  AND crime_due_by < :now
                RETURNING id, reference, crime_due_by""")
                .setParameter("now", now).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            events.crimeRecordingOverdue(id, (String) row[1], org.mscu.referral.compliance.ComplianceService.instant(row[2]));
            history.recordBySystem(id, HistoryKind.STATE_CHANGE, "CRIME_RECORDING_OVERDUE", null);
        }
        return rows.size();
    }
}
