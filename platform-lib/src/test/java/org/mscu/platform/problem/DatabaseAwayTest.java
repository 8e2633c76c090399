package org.mscu.platform.problem;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Database;
import org.mscu.platform.testing.Persona;

/**
 * A database restart breaks every connection in the pool: the requests that meet a broken
 * connection are told to try again (503 with Retry-After), never answered 500, and the service
 * recovers by itself.
 */
@QuarkusTest
class DatabaseAwayTest {

    @Test
    void requestsMeetingConnectionsBrokenByARestartGet503AndTheServiceRecovers() throws Exception {
        fillThePoolWithConnections();
        String terminated = Database.scalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE datname = 'platform_test' AND usename = ? AND pid <> pg_backend_pid()", Database.APP_ROLE);
        assertTrue(Integer.parseInt(terminated) > 0, "no pooled connection to break");
        // pg_terminate_backend only signals: wait until the server processes have gone.
        await().atMost(Duration.ofSeconds(10)).until(() -> "0".equals(Database.scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'platform_test' AND usename = ?", Database.APP_ROLE)));

        List<Response> answers = new ArrayList<>();
        Response answer = list();
        for (int i = 0; i < 50 && answer.statusCode() != 200; i++) {
            answers.add(answer);
            answer = list();
        }

        assertEquals(200, answer.statusCode(), "the service did not recover without a restart");
        assertTrue(!answers.isEmpty(), "no request met a broken connection: the test proved nothing");
        // The first broken connection replaces the pool's others: not one failed request per connection.
        assertEquals(1, answers.size(), "requests refused before the service recovered");
        for (Response refused : answers) {
            assertEquals(503, refused.statusCode(), refused.asString());
            assertEquals("DATABASE_UNAVAILABLE", refused.jsonPath().getString("code"));
            assertEquals("2", refused.header("Retry-After"));
        }
    }

    /** Eight requests at once: the pool holds (at least) eight connections, all of them to be broken. */
    private static void fillThePoolWithConnections() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(threads.submit(() -> list().statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            threads.shutdown();
        }
    }

    private static Response list() {
        return as(Persona.COORDINATOR).when().get("/api/v1/samples");
    }
}
