package org.mscu.orders.order;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.mscu.orders.support.OrdersConfig;

/**
 * The scheduled scan, once per cluster (a transaction-scoped PostgreSQL advisory lock): orders in force
 * whose every prohibition has ended become EXPIRED; orders ending within the warning window (90 days
 * by default) publish {@code order.expiring}, once per order and end date.
 */
@ApplicationScoped
public class OrderExpiryJob {

    /** The advisory lock id of this job ("ORDEXP" in ASCII). */
    static final long LOCK_ID = 0x4F5244455850L;

    private static final Logger LOG = Logger.getLogger(OrderExpiryJob.class);

    private final EntityManager em;
    private final OrderQueries queries;
    private final OrderEvents events;
    private final OrderAudit audit;
    private final OrdersConfig config;
    private final Clock clock;

    OrderExpiryJob(EntityManager em, OrderQueries queries, OrderEvents events, OrderAudit audit, OrdersConfig config,
                   Clock clock) {
        this.em = em;
        this.queries = queries;
        this.events = events;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** What one scan did; {@code ran} is false when another replica held the lock. */
    public record Result(boolean ran, int expired, int expiring) {
    }

    @Scheduled(identity = "order-expiry", every = "{mscu.orders.expiry.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Result result = scan();
        if (result.ran() && (result.expired() > 0 || result.expiring() > 0)) {
            LOG.infof("Order expiry scan: %d expired, %d expiring announced", result.expired(), result.expiring());
        }
    }

    @Transactional
    @ActivateRequestContext
    public Result scan() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_ID).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Result(false, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        List<PreventionOrder> ended = queries.ended(today, config.expiry().batchSize());
        for (PreventionOrder order : ended) {
            order.apply(OrderTransition.EXPIRE);
            order.updatedAt = now;
            audit.altered(order, "expire");
        }
        List<PreventionOrder> expiring = queries.expiringUnannounced(today,
                today.plusDays(config.expiry().warningDays()), config.expiry().batchSize());
        for (PreventionOrder order : expiring) {
            order.expiringPublishedAt = now;
            events.expiring(order);
        }
        return new Result(true, ended.size(), expiring.size());
    }
}
