package org.mscu.referral.nrm;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;
import static org.mscu.referral.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class NrmTest {

    private static String adultWithoutConsent() {
        return createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().consent(false).person("contactPhone", ReferralBodies.phone())
                .postcode("M1 1AA").build());
    }

    @Test
    void submitsAChildWithoutConsent() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().consent(false)
                .receivedAt(Instant.parse("2026-11-20T10:00:00Z")).build());
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT", "at", "2026-11-23T10:00:00Z"))
                .then().statusCode(200)
                .body("nrm.stage", equalTo("SUBMITTED"))
                .body("nrm.submittedAt", equalTo("2026-11-23T10:00:00Z"))
                .body("nrm.reasonableGroundsDueBy", equalTo("2026-11-30"));
    }

    @Test
    void refusesToSubmitAnAdultWithoutConsent() {
        String id = adultWithoutConsent();
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CONSENT_REQUIRED"));
        get(Persona.COORDINATOR, id).then().body("nrm.stage", equalTo("NOT_SUBMITTED")).body("version", equalTo(0));
    }

    @Test
    void filesDutyToNotifyWithoutIdentifyingDetails() {
        String id = adultWithoutConsent();
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "DUTY_TO_NOTIFY"))
                .then().statusCode(200)
                .body("nrm.stage", equalTo("DUTY_TO_NOTIFY"))
                .body("nrm.dutyToNotifyAt", notNullValue())
                .body("nrm.dutyToNotify.exploitationTypes", hasItem("LABOUR"))
                .body("nrm.dutyToNotify.district", equalTo("Manchester"))
                .body("nrm.dutyToNotify", not(hasKey("givenName")))
                .body("nrm.dutyToNotify", not(hasKey("familyName")))
                .body("nrm.dutyToNotify", not(hasKey("dateOfBirth")))
                .body("nrm.dutyToNotify", not(hasKey("contactPhone")))
                .body("nrm.dutyToNotify", not(hasKey("postcode")))
                .body("nrm.dutyToNotify", not(hasKey("address")));
    }

    @Test
    void refusesDutyToNotifyForAChild() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().consent(false).build());
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "DUTY_TO_NOTIFY"))
                .then().statusCode(409).body("code", equalTo("CHILD_MUST_BE_REFERRED"));
    }

    @Test
    void walksSubmissionReasonableAndConclusiveGrounds() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(Instant.parse("2026-01-02T10:00:00Z")).build());
        String nrmReference = "NRM-" + UUID.randomUUID().toString().substring(0, 8);
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT", "at", "2026-01-05T10:00:00Z", "nrmReference", nrmReference))
                .then().statusCode(200).body("nrm.nrmReference", equalTo(nrmReference));
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "REASONABLE_GROUNDS", "outcome", "POSITIVE",
                "at", "2026-01-14T10:00:00Z"))
                .then().statusCode(200)
                .body("nrm.stage", equalTo("REASONABLE_GROUNDS_POSITIVE"))
                .body("nrm.reasonableGroundsDueBy", equalTo("2026-01-12"))
                .body("nrm.reasonableGroundsLate", equalTo(true))
                .body("nrm.reasonableGrounds.outcome", equalTo("POSITIVE"))
                .body("nrm.recoveryPeriodEndsOn", equalTo("2026-02-13"));
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "CONCLUSIVE_GROUNDS", "outcome", "POSITIVE",
                "at", "2026-02-12T10:00:00Z"))
                .then().statusCode(409).body("code", equalTo("RECOVERY_PERIOD_NOT_ENDED"));
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "CONCLUSIVE_GROUNDS", "outcome", "POSITIVE",
                "at", "2026-02-13T10:00:00Z"))
                .then().statusCode(200).body("nrm.stage", equalTo("CONCLUSIVE_GROUNDS_POSITIVE"))
                .body("nrm.conclusiveGrounds.outcome", equalTo("POSITIVE"));
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT"))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));

        as(Persona.TACTICAL_ADVISOR).queryParam("nrmReference", nrmReference).get("/api/v1/referrals")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void refusesReasonableGroundsBeforeSubmission() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "REASONABLE_GROUNDS", "outcome", "NEGATIVE"))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void needsAnOutcomeForAGroundsDecision() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().build());
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT")).then().statusCode(200);
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "REASONABLE_GROUNDS"))
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "REASONABLE_GROUNDS", "outcome", "MAYBE"))
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
    }

    @Test
    void refusesNrmStepsToEveryoneButTheCoordinator() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().build());
        for (Persona p : new Persona[] {Persona.CHARITY_HOTLINE, Persona.REGISTRAR, Persona.TACTICAL_ADVISOR, Persona.AUDITOR}) {
            action(p, id, "nrm", Map.of("action", "SUBMIT")).then().statusCode(403);
        }
        get(Persona.COORDINATOR, id).then().body("nrm.submittedAt", nullValue());
    }

    @Test
    void refusesAStepDatedBeforeTheReferralWasReceived() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().build());
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT", "at", "2020-01-01T00:00:00Z"))
                .then().statusCode(400).body("errors.field", hasItem("at"));
    }

    @Test
    void refusesAStepDatedInTheFuture() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().build());
        action(Persona.COORDINATOR, id, "nrm", Map.of("action", "SUBMIT", "at", Instant.now().plusSeconds(3600).toString()))
                .then().statusCode(400).body("errors.field", hasItem("at"));
    }
}
