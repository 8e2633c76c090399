package org.mscu.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.prohibition;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.orders.support.OutboxRows;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OrderExpiryJobTest {

    @Inject
    OrderExpiryJob job;

    @Inject
    EntityManager em;

    private static String endingOn(LocalDate end) {
        return granted(Persona.ORDER_MANAGER, "STPO", end.minusYears(5), prohibition("CONTACT", end));
    }

    /** Straight from the database, not from any persistence context. */
    private static Object announcedAt(String id) {
        return PreventionOrder.getEntityManager()
                .createNativeQuery("SELECT expiring_published_at FROM prevention_order WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult();
    }

    @Test
    void expiresOrderOnceEveryProhibitionHasEnded() {
        String endedYesterday = endingOn(today().minusDays(1));
        String endsToday = endingOn(today());
        assertThat(job.scan().ran()).isTrue();
        Api.get(Persona.COORDINATOR, "/api/v1/orders/" + endedYesterday).then().body("status", equalTo("EXPIRED"));
        Api.get(Persona.COORDINATOR, "/api/v1/orders/" + endsToday).then().body("status", equalTo("GRANTED"));
    }

    @Test
    void announcesOrdersEndingWithinNinetyDaysOnce() {
        String in90 = endingOn(today().plusDays(90));
        String in91 = endingOn(today().plusDays(91));
        job.scan();
        Object firstAnnouncement = announcedAt(in90);
        assertThat(firstAnnouncement).isNotNull();
        assertThat(announcedAt(in91)).isNull();
        job.scan();
        assertThat(announcedAt(in90)).isEqualTo(firstAnnouncement);
        assertThat(OutboxRows.count("order.expiring", in90)).isEqualTo(1);
        assertThat(OutboxRows.count("order.expiring", in91)).isZero();
    }

    @Test
    void skipsTheScanWhileAnotherReplicaHoldsTheLock() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService replica = Executors.newSingleThreadExecutor();
        Future<?> otherScan = replica.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, OrderExpiryJob.LOCK_ID)
                    .getSingleResult();
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(job.scan().ran()).isFalse();
        } finally {
            release.countDown();
            otherScan.get(30, TimeUnit.SECONDS);
            replica.shutdownNow();
        }
        assertThat(job.scan().ran()).isTrue();
    }
}
