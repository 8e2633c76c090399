package org.mscu.referral.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

/** Parallel changes of one referral apply one after the other: one wins, the others get a 409, never a 500. */
@QuarkusTest
class ConcurrentChangesTest {

    private static final int PARALLEL = 8;

    @Inject
    DataSource db;

    private static Map<Integer, Integer> statuses(Supplier<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(call::get);
            }
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                counts.merge(f.get().statusCode(), 1, Integer::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, String id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void triagesOnceWhenCoordinatorsDecideInParallel() throws Exception {
        String id = createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().build());
        Map<Integer, Integer> counts = statuses(() -> as(Persona.COORDINATOR).body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/referrals/" + id + "/triage"));
        assertEquals(Map.of(200, 1, 409, PARALLEL - 1), counts);
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE type = 'referral.accepted' AND subject = ?", id));
        assertEquals(1, count("SELECT version FROM referral WHERE id = ?::uuid", id));
    }

    @Test
    void sharesOnceWithAnAgencyWhenSharedInParallel() throws Exception {
        String id = createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().build());
        Map<Integer, Integer> counts = statuses(() -> as(Persona.COORDINATOR)
                .body(Map.of("agency", "glaa", "level", "FULL", "purpose", "p", "legalBasis", "b"))
                .post("/api/v1/referrals/" + id + "/shares"));
        assertEquals(Map.of(201, 1, 409, PARALLEL - 1), counts);
        assertEquals(1, count("SELECT count(*) FROM referral_share WHERE referral_id = ?::uuid AND revoked_at IS NULL", id));
    }
}
