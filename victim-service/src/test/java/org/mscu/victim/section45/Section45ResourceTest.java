package org.mscu.victim.section45;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Db;

@QuarkusTest
class Section45ResourceTest {

    private static Map<String, Object> consideration(String status, String compulsion, boolean excluded) {
        Map<String, Object> body = new HashMap<>();
        body.put("suspectedOffences", List.of("cultivation of cannabis"));
        body.put("compulsionDetails", compulsion);
        body.put("excludedOffence", excluded);
        body.put("status", status);
        return body;
    }

    private static String adult() {
        return Api.victim().with("dateOfBirth", "1990-01-01").create();
    }

    private static String child() {
        return Api.victim().with("dateOfBirth", "2015-06-01").create();
    }

    @Test
    void isNotConsideredUntilRecorded() {
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + adult() + "/section45")
                .then().statusCode(200).body("status", equalTo("NOT_CONSIDERED")).body("childAtAssessment", equalTo(false));
    }

    @Test
    void anAdultNeedsCompulsionDetailsForApplicable() {
        String victim = adult();
        Api.as(Persona.COORDINATOR).body(consideration("APPLICABLE", null, false)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("COMPULSION_REQUIRED"));
        Api.as(Persona.COORDINATOR).body(consideration("APPLICABLE", "threats against family", false))
                .put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200)
                .body("status", equalTo("APPLICABLE"))
                .body("compulsionDetails", equalTo("threats against family"))
                .body("childAtAssessment", equalTo(false))
                .body("assessedAt", notNullValue())
                .body("assessedBy", equalTo("coordinator"));
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200).body("status", equalTo("APPLICABLE")).body("suspectedOffences", contains("cultivation of cannabis"));
    }

    @Test
    void aChildNeedsNoCompulsionForApplicable() {
        Api.as(Persona.TACTICAL_ADVISOR).body(consideration("APPLICABLE", null, false))
                .put("/api/v1/victims/" + child() + "/section45")
                .then().statusCode(200).body("status", equalTo("APPLICABLE")).body("childAtAssessment", equalTo(true));
    }

    @Test
    void anExcludedOffenceForbidsApplicable() {
        Api.as(Persona.COORDINATOR).body(consideration("APPLICABLE", null, true)).put("/api/v1/victims/" + child() + "/section45")
                .then().statusCode(409).body("code", equalTo("SCHEDULE_4_EXCLUDED"));
        Api.as(Persona.COORDINATOR).body(consideration("APPLICABLE", "threats", true)).put("/api/v1/victims/" + adult() + "/section45")
                .then().statusCode(409).body("code", equalTo("SCHEDULE_4_EXCLUDED"));
        Api.as(Persona.COORDINATOR).body(consideration("NOT_APPLICABLE", null, true)).put("/api/v1/victims/" + adult() + "/section45")
                .then().statusCode(200).body("excludedOffence", equalTo(true));
    }

    @Test
    void referredToCpsNeedsTheReferralInstant() {
        String victim = adult();
        Api.as(Persona.COORDINATOR).body(consideration("REFERRED_TO_CPS", null, false)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(400).body("errors[0].field", equalTo("cpsReferredAt"));
        Map<String, Object> body = consideration("REFERRED_TO_CPS", null, false);
        body.put("cpsReferredAt", "2026-11-20T10:00:00Z");
        Api.as(Persona.COORDINATOR).body(body).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200).body("cpsReferredAt", equalTo("2026-11-20T10:00:00Z"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String victim = adult();
        Api.as(Persona.COORDINATOR).body(consideration("NOT_APPLICABLE", null, false)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200).header("ETag", "\"0\"");
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(consideration("APPLICABLE", "threats", false))
                .put("/api/v1/victims/" + victim + "/section45").then().statusCode(200).header("ETag", "\"1\"");
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(consideration("NOT_APPLICABLE", null, false))
                .put("/api/v1/victims/" + victim + "/section45").then().statusCode(412);
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/section45").then().statusCode(200)
                .body("status", equalTo("APPLICABLE")).header("ETag", "\"1\"");
    }

    @Test
    void recordingIsAuditedAsCollectionThenAlteration() {
        String victim = adult();
        Api.as(Persona.COORDINATOR).body(consideration("NOT_APPLICABLE", null, false)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200);
        Api.as(Persona.COORDINATOR).body(consideration("NOT_APPLICABLE", null, true)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(Db.audit(victim)).extracting(Db.Audit::operation, Db.Audit::resourceType)
                .contains(org.assertj.core.groups.Tuple.tuple("COLLECTION", "section45"),
                        org.assertj.core.groups.Tuple.tuple("ALTERATION", "section45"));
    }

    @Test
    void rejectsMissingStatus() {
        Map<String, Object> body = consideration("APPLICABLE", null, false);
        body.remove("status");
        Api.as(Persona.COORDINATOR).body(body).put("/api/v1/victims/" + adult() + "/section45").then().statusCode(400);
    }

    @Test
    void theAssignedOfficerReadsAndWritesButAnotherOfficerFindsNothing() {
        String victim = Api.victimAssignedTo(Persona.VLO_ONE);
        Api.as(Persona.VLO_ONE).body(consideration("NOT_APPLICABLE", null, false)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(200).body("assessedBy", equalTo("vlo.one"));
        Api.as(Persona.VLO_ONE).get("/api/v1/victims/" + victim + "/section45").then().statusCode(200);
        Api.as(Persona.VLO_TWO).get("/api/v1/victims/" + victim + "/section45").then().statusCode(404);
        Api.as(Persona.VLO_TWO).body(consideration("NOT_APPLICABLE", null, false)).put("/api/v1/victims/" + victim + "/section45")
                .then().statusCode(404);
    }

    @Test
    void otherRolesMayNotConsiderSection45() {
        String victim = adult();
        for (Persona persona : new Persona[] {Persona.CHARITY_HOTLINE, Persona.REGISTRAR, Persona.IMMIGRATION_OFFICER}) {
            Api.as(persona).get("/api/v1/victims/" + victim + "/section45").then().statusCode(403);
            Api.as(persona).body(consideration("NOT_APPLICABLE", null, false)).put("/api/v1/victims/" + victim + "/section45")
                    .then().statusCode(403);
        }
    }

    @Test
    void unknownVictimIsNotFound() {
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + UUID.randomUUID() + "/section45").then().statusCode(404);
    }
}
