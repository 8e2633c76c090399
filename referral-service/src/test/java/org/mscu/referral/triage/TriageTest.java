package org.mscu.referral.triage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;
import static org.mscu.referral.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class TriageTest {

    private static String referral() {
        return createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().build());
    }

    @Test
    void acceptsAReferral() {
        action(Persona.COORDINATOR, referral(), "triage", Map.of("decision", "ACCEPT"))
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACCEPTED"))
                .body("triage.decidedBy", equalTo("coordinator"))
                .body("version", equalTo(1));
    }

    @Test
    void takesNoFurtherActionWithAReason() {
        action(Persona.COORDINATOR, referral(), "triage", Map.of("decision", "NO_FURTHER_ACTION",
                "reason", "INVESTIGATION_NOT_PURSUED", "notes", "Fictional"))
                .then().statusCode(200)
                .body("status", equalTo("NO_FURTHER_ACTION"))
                .body("triage.reason", equalTo("INVESTIGATION_NOT_PURSUED"));
    }

    @Test
    void needsAReasonForNoFurtherAction() {
        action(Persona.COORDINATOR, referral(), "triage", Map.of("decision", "NO_FURTHER_ACTION"))
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    void refusesASecondTriage() {
        String id = referral();
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "NO_FURTHER_ACTION", "reason", "DUPLICATE"))
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        get(Persona.COORDINATOR, id).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void rejectsStaleIfMatchAndChangesNothing() {
        String id = referral();
        as(Persona.COORDINATOR).header("If-Match", "\"7\"").body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/referrals/" + id + "/triage")
                .then().statusCode(412).contentType("application/problem+json");
        get(Persona.COORDINATOR, id).then().body("status", equalTo("RECEIVED")).body("version", equalTo(0));
        as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/referrals/" + id + "/triage")
                .then().statusCode(200);
    }

    @Test
    void refusesTriageToEveryoneButTheCoordinator() {
        String id = referral();
        for (Persona p : new Persona[] {Persona.LA_CASE_SYSTEM, Persona.TACTICAL_ADVISOR, Persona.REGISTRAR, Persona.AUDITOR}) {
            action(p, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(403);
        }
    }

    @Test
    void answersNotFoundForAnUnknownReferral() {
        action(Persona.COORDINATOR, java.util.UUID.randomUUID().toString(), "triage", Map.of("decision", "ACCEPT"))
                .then().statusCode(404);
    }
}
