package org.mscu.referral.crime;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class ComplianceTest {

    /** A window of one hour, some days back, that no other test uses. */
    private static Instant window() {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3 + ThreadLocalRandom.current().nextInt(300)))
                .minus(Duration.ofHours(ThreadLocalRandom.current().nextInt(24)));
    }

    private static String at(Instant received) {
        return createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().receivedAt(received).build());
    }

    @Test
    void aggregatesCrimeRecordingComplianceWithTheOverdueItems() {
        Instant from = window();
        String compliant = at(from.plusSeconds(60));
        String late = at(from.plusSeconds(120));
        String overdue = at(from.plusSeconds(180));
        String notRequired = at(from.plusSeconds(240));
        action(Persona.COORDINATOR, compliant, "crime-record", Map.of("crimeReference", "C-" + UUID.randomUUID(),
                "recordedAt", from.plus(Duration.ofHours(2)).toString())).then().statusCode(200);
        action(Persona.COORDINATOR, late, "crime-record", Map.of("crimeReference", "C-" + UUID.randomUUID(),
                "recordedAt", from.plus(Duration.ofHours(30)).toString())).then().statusCode(200);
        action(Persona.COORDINATOR, notRequired, "no-crime-decision", Map.of("reason", "fictional")).then().statusCode(200);

        as(Persona.REGISTRAR).queryParam("from", from.toString()).queryParam("to", from.plus(Duration.ofHours(1)).toString())
                .get("/api/v1/compliance/crime-recording")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("required", equalTo(3))
                .body("compliant", equalTo(1))
                .body("late", equalTo(1))
                .body("overdue", equalTo(1))
                .body("pending", equalTo(0))
                .body("complianceRate", equalTo(0.3333f))
                .body("overdueItems.size()", equalTo(1))
                .body("overdueItems[0].referralId", equalTo(overdue));
    }

    @Test
    void countsRecentReferralsAsPending() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        at(received);
        as(Persona.COORDINATOR).queryParam("from", received.toString()).queryParam("to", received.plusSeconds(1).toString())
                .get("/api/v1/compliance/crime-recording")
                .then().statusCode(200).body("pending", equalTo(1)).body("complianceRate", equalTo(null));
    }

    @Test
    void requiresAnOrderedPeriod() {
        as(Persona.COORDINATOR).get("/api/v1/compliance/crime-recording").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as(Persona.COORDINATOR).queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/compliance/crime-recording").then().statusCode(400).body("errors.field", hasItem("to"));
        as(Persona.COORDINATOR).queryParam("from", "yesterday").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/compliance/crime-recording").then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void refusesComplianceToPartnersAndAdvisors() {
        for (Persona p : new Persona[] {Persona.CHARITY_HOTLINE, Persona.TACTICAL_ADVISOR, Persona.AUDITOR, Persona.DWP_REFERRER}) {
            as(p).queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-02-01T00:00:00Z")
                    .get("/api/v1/compliance/crime-recording").then().statusCode(403);
        }
    }
}
