package org.mscu.victim.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;

@QuarkusTest
class ConcurrentAssignmentTest {

    private static final int PARALLEL = 8;

    @Test
    void parallelAssignmentsBeyondCapacityLetExactlyOneSucceed() throws Exception {
        String officer = Api.officer().with("maxCaseload", 1).create();
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            victims.add(Api.victim().create());
        }
        String bearer = Api.bearer(Persona.COORDINATOR);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<Response>> calls = victims.stream().<Callable<Response>>map(victim -> () -> {
                start.await();
                return io.restassured.RestAssured.given().header("Authorization", bearer).contentType("application/json")
                        .body(Map.of("officerId", officer, "reason", "race"))
                        .post("/api/v1/victims/" + victim + "/liaison");
            }).toList();
            List<Future<Response>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }

            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(responses).filteredOn(r -> r.statusCode() == 409).hasSize(PARALLEL - 1)
                    .allSatisfy(r -> assertThat(r.jsonPath().getString("code")).isEqualTo("OFFICER_AT_CAPACITY"));
            assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                    () -> LiaisonAssignment.count("officerId = ?1 and endedAt is null", UUID.fromString(officer)))).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
