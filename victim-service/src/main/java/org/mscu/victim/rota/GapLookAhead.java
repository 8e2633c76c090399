package org.mscu.victim.rota;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mscu.platform.outbox.Outbox;

/**
 * Looks ahead (72 hours by default) for stretches no tactical advisor covers and publishes
 * {@code rota.gap-detected} once per new gap. Runs once per cluster: the run takes a transaction-level
 * advisory lock and skips when another replica holds it.
 */
@ApplicationScoped
public class GapLookAhead {

    /** Advisory lock id of this job ("rota" look-ahead of victim-service). */
    static final long LOCK_ID = 5_082_001L;
    public static final String EVENT = "rota.gap-detected";

    private static final Logger LOG = Logger.getLogger(GapLookAhead.class);

    private final RotaService rota;
    private final RotaConfig config;
    private final Clock clock;
    private final EntityManager em;
    private final Outbox outbox;

    GapLookAhead(RotaService rota, RotaConfig config, Clock clock, EntityManager em, Outbox outbox) {
        this.rota = rota;
        this.config = config;
        this.clock = clock;
        this.em = em;
        this.outbox = outbox;
    }

    @Scheduled(identity = "rota-gap-look-ahead", every = "${mscu.rota.check-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        List<TimeWindow> published = run(Instant.now(clock));
        if (!published.isEmpty()) {
            LOG.infof("Rota look-ahead published %d new gap(s)", published.size());
        }
    }

    /** One run as of {@code now}: the gaps newly published (none when another replica runs the job). */
    @Transactional
    public List<TimeWindow> run(Instant now) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:id)")
                .setParameter("id", LOCK_ID).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return List.of();
        }
        TimeWindow window = new TimeWindow(now, now.plus(config.lookAhead()));
        List<TimeWindow> detected = rota.gaps(window);
        List<GapReport> reports = GapReport.list("gapTo > ?1 and gapFrom < ?2", window.from(), window.to());
        List<TimeWindow> fresh = GapNovelty.newGaps(window, detected, reports.stream().map(GapReport::window).toList());
        fresh.forEach(gap -> record(gap, now));
        return fresh;
    }

    private void record(TimeWindow gap, Instant now) {
        GapReport report = new GapReport();
        report.id = UUID.randomUUID();
        report.gapFrom = gap.from();
        report.gapTo = gap.to();
        report.reportedAt = now;
        report.persist();
        outbox.publish(EVENT, report.id, Map.of("gapId", report.id, "from", gap.from().toString(), "to", gap.to().toString(),
                "minutes", gap.length().toMinutes()));
    }
}
