package org.mscu.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Purges expired idempotency records (every {@code mscu.idempotency.purge-every}; safe on every replica). */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;

    IdempotencyPurge(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(every = "{mscu.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        int purged = store.purgeExpired();
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency records", purged);
        }
    }
}
