package org.mscu.referral.crime;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;
import static org.mscu.referral.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class CrimeRecordingTest {

    private static String crimeReference() {
        return "CRI/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String receivedAgo(Duration ago) {
        return createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(ago).build());
    }

    @Test
    void isPendingJustInsideTheTwentyFourHours() {
        String id = receivedAgo(Duration.ofHours(24).minusMinutes(2));
        get(Persona.COORDINATOR, id).then().statusCode(200).body("crimeRecording.status", equalTo("PENDING"));
    }

    @Test
    void isOverdueJustPastTheTwentyFourHours() {
        String id = receivedAgo(Duration.ofHours(24).plusMinutes(1));
        get(Persona.COORDINATOR, id).then().statusCode(200).body("crimeRecording.status", equalTo("OVERDUE"));
    }

    @Test
    void recordedWithinTheDeadlineIsCompliant() {
        String id = receivedAgo(Duration.ofHours(3));
        String ref = crimeReference();
        action(Persona.COORDINATOR, id, "crime-record", Map.of("crimeReference", ref)).then().statusCode(200)
                .body("crimeRecording.status", equalTo("COMPLIANT"))
                .body("crimeRecording.crimeReference", equalTo(ref))
                .body("crimeRecording.recordedAt", notNullValue())
                .body("version", equalTo(1));
    }

    @Test
    void recordedOneMinuteAfterTheDeadlineIsLate() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(30));
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(received).build());
        action(Persona.REGISTRAR, id, "crime-record", Map.of("crimeReference", crimeReference(),
                "recordedAt", received.plus(Duration.ofHours(24)).plusSeconds(60).toString()))
                .then().statusCode(200).body("crimeRecording.status", equalTo("LATE"));
    }

    @Test
    void recordedExactlyAtTheDeadlineIsCompliant() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(30));
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(received).build());
        action(Persona.REGISTRAR, id, "crime-record", Map.of("crimeReference", crimeReference(),
                "recordedAt", received.plus(Duration.ofHours(24)).toString()))
                .then().statusCode(200).body("crimeRecording.status", equalTo("COMPLIANT"));
    }

    @Test
    void noCrimeDecisionWithReasonSetsNotRequired() {
        String id = receivedAgo(Duration.ofHours(30));
        action(Persona.REGISTRAR, id, "no-crime-decision", Map.of("reason", "Fictional: no offence disclosed"))
                .then().statusCode(200)
                .body("crimeRecording.status", equalTo("NOT_REQUIRED"))
                .body("crimeRecording.required", equalTo(false))
                .body("crimeRecording.noCrimeReason", equalTo("Fictional: no offence disclosed"));
    }

    @Test
    void refusesNoCrimeDecisionWithoutReason() {
        String id = receivedAgo(Duration.ofHours(1));
        action(Persona.COORDINATOR, id, "no-crime-decision", Map.of()).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void refusesRecordingTwiceOrAfterANoCrimeDecision() {
        String id = receivedAgo(Duration.ofHours(1));
        action(Persona.COORDINATOR, id, "crime-record", Map.of("crimeReference", crimeReference())).then().statusCode(200);
        action(Persona.COORDINATOR, id, "crime-record", Map.of("crimeReference", crimeReference()))
                .then().statusCode(409).body("code", equalTo("CRIME_ALREADY_RECORDED"));
        action(Persona.COORDINATOR, id, "no-crime-decision", Map.of("reason", "x"))
                .then().statusCode(409).body("code", equalTo("CRIME_ALREADY_RECORDED"));

        String other = receivedAgo(Duration.ofHours(1));
        action(Persona.COORDINATOR, other, "no-crime-decision", Map.of("reason", "x")).then().statusCode(200);
        action(Persona.COORDINATOR, other, "crime-record", Map.of("crimeReference", crimeReference()))
                .then().statusCode(409).body("code", equalTo("NO_CRIME_DECIDED"));
    }

    @Test
    void refusesOneCrimeReferenceOnTwoReferrals() {
        String ref = crimeReference();
        action(Persona.COORDINATOR, receivedAgo(Duration.ofHours(1)), "crime-record", Map.of("crimeReference", ref))
                .then().statusCode(200);
        action(Persona.COORDINATOR, receivedAgo(Duration.ofHours(1)), "crime-record", Map.of("crimeReference", ref))
                .then().statusCode(409).body("code", equalTo("CRIME_REFERENCE_IN_USE"));
    }

    @Test
    void refusesRecordedAtBeforeReceiptOrInTheFuture() {
        String id = receivedAgo(Duration.ofHours(1));
        action(Persona.COORDINATOR, id, "crime-record", Map.of("crimeReference", crimeReference(),
                "recordedAt", Instant.now().minus(Duration.ofHours(2)).toString()))
                .then().statusCode(400).body("errors.field", hasItem("recordedAt"));
        action(Persona.COORDINATOR, id, "crime-record", Map.of("crimeReference", crimeReference(),
                "recordedAt", Instant.now().plus(Duration.ofHours(2)).toString()))
                .then().statusCode(400).body("errors.field", hasItem("recordedAt"));
    }

    @Test
    void refusesCrimeRecordingToPartnersAndAdvisors() {
        String id = receivedAgo(Duration.ofHours(1));
        action(Persona.CHARITY_HOTLINE, id, "crime-record", Map.of("crimeReference", crimeReference())).then().statusCode(403);
        action(Persona.TACTICAL_ADVISOR, id, "crime-record", Map.of("crimeReference", crimeReference())).then().statusCode(403);
        action(Persona.AUDITOR, id, "no-crime-decision", Map.of("reason", "x")).then().statusCode(403);
        get(Persona.COORDINATOR, id).then().body("crimeRecording.recordedAt", nullValue());
    }

    @Test
    void findsReferralByCrimeReference() {
        String id = receivedAgo(Duration.ofHours(1));
        String ref = crimeReference();
        action(Persona.COORDINATOR, id, "crime-record", Map.of("crimeReference", ref)).then().statusCode(200);
        as(Persona.REGISTRAR).queryParam("crimeReference", ref).get("/api/v1/referrals")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id));
    }
}
