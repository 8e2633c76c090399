package org.mscu.referral.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mscu.referral.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class IdempotentIntakeTest {

    private static Response post(String key, Map<String, Object> body) {
        return as(Persona.LA_CASE_SYSTEM).header("Idempotency-Key", key).body(body).post("/api/v1/referrals");
    }

    @Test
    void replaysTheFirstResponseByteForByteWithoutCreatingASecondReferral() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralBodies.adult().build();
        Response first = post(key, body);
        Response retry = post(key, body);
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.asString(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(key, ReferralBodies.adult().build()).statusCode());
        Response other = post(key, ReferralBodies.child().build());
        assertEquals(422, other.statusCode());
        assertEquals("IDEMPOTENCY_KEY_REUSED", other.path("code"));
    }

    @Test
    void createsOneReferralForParallelRetriesOfOneKey() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralBodies.adult().build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> post(key, body));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.statusCode() + " " + r.asString());
                if (r.statusCode() == 201) {
                    ids.add(r.path("id"));
                }
            }
            assertEquals(1, ids.size(), "one referral whatever the race");
        } finally {
            pool.shutdownNow();
        }
    }
}
