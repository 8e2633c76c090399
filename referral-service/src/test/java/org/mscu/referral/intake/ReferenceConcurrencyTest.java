package org.mscu.referral.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.Api;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class ReferenceConcurrencyTest {

    private static final int REQUESTS = 30;

    @jakarta.inject.Inject
    javax.sql.DataSource db;

    @Test
    void givesParallelCreationsDistinctReferencesWithoutGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                calls.add(() -> Api.create(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().build()));
            }
            TreeSet<Integer> numbers = new TreeSet<>();
            int created = 0;
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                created++;
                String reference = r.path("reference");
                numbers.add(Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)));
            }
            assertEquals(REQUESTS, created);
            assertEquals(REQUESTS, numbers.size(), "every reference distinct");
            assertEquals(REQUESTS - 1, numbers.last() - numbers.first(), "no gaps between the references of this burst");
            assertCounterMatchesReferences();
        } finally {
            pool.shutdownNow();
        }
    }

    /** In the database: each year's counter equals the number of references of that year, and no number repeats. */
    private void assertCounterMatchesReferences() throws java.sql.SQLException {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("""
                SELECT c.last_number, count(r.id), count(DISTINCT r.reference)
                FROM referral_reference_counter c
                LEFT JOIN referral r ON r.reference LIKE 'MSR-' || c.year || '-%'
                GROUP BY c.year, c.last_number""")) {
            while (rs.next()) {
                assertEquals(rs.getLong(1), rs.getLong(2), "counter = referrals of the year");
                assertEquals(rs.getLong(2), rs.getLong(3), "references unique");
            }
        }
    }
}
