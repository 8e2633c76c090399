package org.mscu.accommodation.placement;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.mscu.accommodation.common.AccommodationConfig;
import org.mscu.platform.audit.AuditLog;
import org.mscu.platform.audit.AuditOperation;

/**
 * Moves placements along with the calendar, once per cluster: PLANNED placements whose first night
 * has come become ACTIVE ({@code placement.started}); ACTIVE ones whose planned end is near are
 * announced once per planned end ({@code placement.ending-soon}; an extension announces again).
 */
@ApplicationScoped
public class PlacementLifecycle {

    /** Advisory lock id of this job: "accommodation" 8084, job 1. */
    static final long LOCK_ID = 8084_0001L;
    private static final Logger LOG = Logger.getLogger(PlacementLifecycle.class);

    /** What one run did. */
    public record Run(boolean ran, int started, int endingSoon) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final AccommodationConfig config;
    private final PlacementEvents events;
    private final AuditLog audit;

    PlacementLifecycle(EntityManager em, Clock clock, AccommodationConfig config, PlacementEvents events, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.events = events;
        this.audit = audit;
    }

    @Scheduled(identity = "placement-lifecycle", every = "${mscu.accommodation.lifecycle-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = runOnce();
        if (run.ran() && (run.started() > 0 || run.endingSoon() > 0)) {
            LOG.infof("Placement lifecycle: %d started, %d announced as ending soon", run.started(), run.endingSoon());
        }
    }

    /** One run, callable directly; skipped (ran = false) when another replica holds the lock. */
    @Transactional
    public Run runOnce() {
        boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:id)")
                .setParameter("id", LOCK_ID).getSingleResult();
        if (!locked) {
            return new Run(false, 0, 0);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        List<Placement> due = Placement.list("status = ?1 and startsOn <= ?2", PlacementStatus.PLANNED, today);
        due.forEach(placement -> {
            placement.status = PlacementStatus.ACTIVE;
            audit.record(AuditOperation.ALTERATION, PlacementService.RESOURCE, placement.id, null, "started on its first night");
            events.started(placement);
        });
        List<Placement> ending = Placement.list(
                "status = ?1 and plannedTo <= ?2 and (endingSoonSentFor is null or endingSoonSentFor <> plannedTo)",
                PlacementStatus.ACTIVE, today.plusDays(config.endingSoonDays()));
        ending.forEach(placement -> {
            placement.endingSoonSentFor = placement.plannedTo;
            events.endingSoon(placement);
        });
        return new Run(true, due.size(), ending.size());
    }
}
