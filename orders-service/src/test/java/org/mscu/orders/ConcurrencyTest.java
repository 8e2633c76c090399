package org.mscu.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mscu.orders.opportunity.Opportunity;
import org.mscu.orders.opportunity.OpportunityService;
import org.mscu.orders.order.Breach;
import org.mscu.orders.support.Api;
import org.mscu.orders.support.Orders;
import org.mscu.platform.testing.Persona;

/** Parallel requests against one record: the database decides, exactly once. */
@QuarkusTest
class ConcurrencyTest {

    private static final int PARALLEL = 16;

    @Inject
    OpportunityService opportunities;

    private static <T> List<T> inParallel(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> count(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void decidesAnApplicationExactlyOnceUnderParallelDecisions() throws Exception {
        String id = Orders.applied(Persona.ORDER_MANAGER, Orders.application("STPO"));
        var decision = Orders.decision("GRANTED", Orders.today(), null);
        List<Integer> statuses = inParallel(() -> Orders.decide(Persona.ORDER_MANAGER, id, decision).statusCode());
        assertThat(count(statuses)).containsEntry(200, 1L).containsEntry(409, (long) PARALLEL - 1);
        Api.get(Persona.ORDER_MANAGER, "/api/v1/orders/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("GRANTED"))
                .body("version", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void opensOneOpportunityPerReferralUnderParallelRequests() throws Exception {
        UUID referral = UUID.randomUUID();
        var body = Orders.body("referralId", referral.toString(), "reason", "INVESTIGATION_NOT_PURSUED");
        List<Integer> statuses = inParallel(() ->
                Api.post(Persona.VULNERABILITY_LEAD, "/api/v1/order-opportunities", body).statusCode());
        assertThat(count(statuses)).containsEntry(201, 1L).containsEntry(409, (long) PARALLEL - 1);
        assertThat(Opportunity.count("referralId", referral)).isEqualTo(1);
    }

    @Test
    void opensOneOpportunityPerReferralUnderParallelEventDeliveries() throws Exception {
        UUID referral = UUID.randomUUID();
        List<UUID> ids = inParallel(() -> opportunities.openFromReferralNoFurtherAction(referral, "INVESTIGATION_NOT_PURSUED")
                .orElseThrow().id());
        assertThat(ids).hasSize(PARALLEL).containsOnly(ids.get(0));
        assertThat(Opportunity.count("referralId", referral)).isEqualTo(1);
    }

    @Test
    void keepsEveryParallelBreach() throws Exception {
        String id = Orders.granted(Persona.ORDER_MANAGER);
        var body = Orders.body("occurredOn", Orders.today().toString(), "description", "Parallel fictional breach");
        List<Integer> statuses = inParallel(() ->
                Api.post(Persona.PROBATION_OFFICER, "/api/v1/orders/" + id + "/breaches", body).statusCode());
        assertThat(count(statuses)).containsEntry(201, (long) PARALLEL);
        assertThat(Breach.count("orderId", UUID.fromString(id))).isEqualTo(PARALLEL);
    }
}
