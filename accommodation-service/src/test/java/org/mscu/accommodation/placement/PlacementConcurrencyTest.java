package org.mscu.accommodation.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Db;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

/** Parallel requests through HTTP: the exclusion constraint, not Java, keeps beds single-booked. */
@QuarkusTest
class PlacementConcurrencyTest {

    private static final int REQUESTS = 50;

    @Inject
    Db db;

    @Test
    void fiftyParallelRequestsForOneBedAndOneNightPlaceExactlyOne() throws Exception {
        CreatedProperty property = Fixtures.property().create();
        LocalDate night = Api.today().plusDays(14);
        List<Response> responses = fire(i -> Fixtures.placementIn(property.bed(), night, night.plusDays(1)));

        assertEquals(1, count(responses, 201), "exactly one placement created");
        assertEquals(REQUESTS - 1, count(responses, 409), "every other request is a conflict");
        assertTrue(responses.stream().filter(r -> r.statusCode() == 409)
                .allMatch(r -> "BED_OCCUPIED".equals(r.jsonPath().getString("code"))));
        assertEquals(1L, rows("SELECT count(*) FROM placement WHERE bed_id = ?", property.bed()));
    }

    @Test
    void fiftyParallelRequestsWithoutBedIdFillTenBedsExactlyOnce() throws Exception {
        CreatedProperty property = Fixtures.property().beds(10).create();
        LocalDate night = Api.today().plusDays(14);
        List<Response> responses = fire(i -> Fixtures.placementAt(property.id(), night, night.plusDays(2)));

        assertEquals(10, count(responses, 201), "one placement per bed");
        assertEquals(REQUESTS - 10, count(responses, 409));
        assertTrue(responses.stream().filter(r -> r.statusCode() == 409)
                .allMatch(r -> "NO_BED_AVAILABLE".equals(r.jsonPath().getString("code"))));
        assertEquals(10L, rows("SELECT count(DISTINCT bed_id) FROM placement WHERE property_id = ?", property.id()));
        assertEquals(10L, rows("SELECT count(*) FROM placement WHERE property_id = ?", property.id()));
        assertEquals(0L, rows("""
                SELECT count(*) FROM placement a JOIN placement b
                  ON a.bed_id = b.bed_id AND a.id < b.id AND a.stay && b.stay
                WHERE a.property_id = ? AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                """, property.id()));
    }

    private static List<Response> fire(IntFunction<Map<String, Object>> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Map<String, Object> request = body.apply(i);
                var spec = Api.as(Persona.HOUSING_OFFICER).header("Idempotency-Key", UUID.randomUUID().toString()).body(request);
                calls.add(() -> {
                    start.await();
                    return spec.post("/api/v1/placements");
                });
            }
            List<Future<Response>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(call)));
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    private long rows(String sql, UUID id) {
        return db.count(sql, id);
    }
}
