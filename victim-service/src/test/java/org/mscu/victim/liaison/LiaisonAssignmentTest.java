package org.mscu.victim.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Db;

@QuarkusTest
class LiaisonAssignmentTest {

    @Test
    void ranksCandidatesBestFirstWithOneExplainedReasonPerFactor() {
        String language = Api.rareLanguage();
        String district = "District " + Api.randomWord();
        String victim = Api.victim().with("languages", List.of(language)).with("district", district)
                .need("officerGenderPreference", "MALE").need("specialisms", List.of("CRIMINAL")).create();
        String perfect = Api.officer().with("gender", "MALE").with("languages", List.of(language))
                .with("districts", List.of(district)).with("specialisms", List.of("CRIMINAL")).create();
        String wrongGender = Api.officer().with("gender", "FEMALE").with("languages", List.of(language))
                .with("districts", List.of(district)).with("specialisms", List.of("CRIMINAL")).create();
        String languageOnly = Api.officer().with("gender", "FEMALE").with("languages", List.of(language)).create();
        String full = Api.officer().with("gender", "MALE").with("languages", List.of(language))
                .with("districts", List.of(district)).with("maxCaseload", 0).create();

        List<Map<String, Object>> candidates = Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-candidates")
                .then().statusCode(200).extract().path("");

        assertThat(candidates.subList(0, 3)).extracting(c -> c.get("officerId")).containsExactly(perfect, wrongGender, languageOnly);
        assertThat(candidates).extracting(c -> c.get("officerId")).doesNotContain(full);
        assertThat(candidates.subList(0, 3)).extracting(c -> c.get("score")).containsExactly(100, 80, 50);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) candidates.get(1).get("reasons");
        assertThat(reasons).extracting(r -> r.get("factor"))
                .containsExactly("LANGUAGE", "GENDER_PREFERENCE", "DISTRICT", "SPECIALISM", "SPARE_CAPACITY");
        assertThat(reasons.get(1)).containsEntry("points", 0)
                .containsEntry("explanation", "does not meet the preference for a MALE officer");
        assertThat(candidates.getFirst()).containsEntry("caseload", 0).containsEntry("maxCaseload", 5);
    }

    @Test
    void assignsTheChosenOfficer() {
        String victim = Api.victim().create();
        String officer = Api.officer().create();
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", officer, "reason", "speaks the language"))
                .post("/api/v1/victims/" + victim + "/liaison")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/victims/" + victim + "/liaison"))
                .body("officerId", equalTo(officer))
                .body("reason", equalTo("speaks the language"))
                .body("assignedBy", equalTo("coordinator"))
                .body("current", equalTo(true))
                .body("endedAt", nullValue());
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison").then().statusCode(200).body("officerId", equalTo(officer));
    }

    @Test
    void assignsTheBestMatchWhenNoOfficerIsNamed() {
        String language = Api.rareLanguage();
        String district = "District " + Api.randomWord();
        String victim = Api.victim().with("languages", List.of(language)).with("district", district).create();
        String best = Api.officer().with("languages", List.of(language)).with("districts", List.of(district))
                .with("specialisms", List.of("LABOUR")).create();
        Api.as(Persona.TACTICAL_ADVISOR).body(Map.of("reason", "best match"))
                .post("/api/v1/victims/" + victim + "/liaison").then().statusCode(201).body("officerId", equalTo(best));
    }

    @Test
    void reassigningEndsTheCurrentAssignmentWithTheReasonAndKeepsHistory() {
        String victim = Api.victim().create();
        String first = Api.officer().create();
        String second = Api.officer().create();
        Api.assign(victim, first);
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", second, "reason", "first officer on long-term leave"))
                .post("/api/v1/victims/" + victim + "/liaison").then().statusCode(201);

        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison/history")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].officerId", equalTo(second))
                .body("[0].current", equalTo(true))
                .body("[1].officerId", equalTo(first))
                .body("[1].current", equalTo(false))
                .body("[1].endedAt", notNullValue())
                .body("[1].endReason", equalTo("first officer on long-term leave"))
                .body("[1].endedBy", equalTo("coordinator"));
    }

    @Test
    void publishesLiaisonAssignedThenLiaisonReassignedWithThePreviousOfficerAndReason() {
        String victim = Api.victim().create();
        String first = Api.officer().create();
        String second = Api.officer().create();
        Api.assign(victim, first);
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", second, "reason", "victim asked for a change"))
                .post("/api/v1/victims/" + victim + "/liaison").then().statusCode(201);

        List<Db.Event> events = Db.events(victim);
        assertThat(events).extracting(Db.Event::type).containsExactly("victim.created", "liaison.assigned", "liaison.reassigned");
        assertThat(events.get(1).data()).contains(first);
        assertThat(events.get(2).data()).contains(second).contains("\"previousOfficerId\": \"" + first + "\"")
                .contains("victim asked for a change");
    }

    @Test
    void assignmentIsAuditedAsAnAlterationOfTheVictim() {
        String victim = Api.victim().create();
        Api.assign(victim, Api.officer().create());
        assertThat(Db.audit(victim)).contains(new Db.Audit("ALTERATION", "victim", "coordinator", "mscu-coordinator-assigns-liaison"));
    }

    @Test
    void refusesAnOfficerAtCapacity() {
        String officer = Api.officer().with("maxCaseload", 1).create();
        Api.assign(Api.victim().create(), officer);
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", officer, "reason", "x"))
                .post("/api/v1/victims/" + Api.victim().create() + "/liaison")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("OFFICER_AT_CAPACITY"));
    }

    @Test
    void refusesAnInactiveOfficer() {
        String officer = Api.officer().with("active", false).create();
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", officer, "reason", "x"))
                .post("/api/v1/victims/" + Api.victim().create() + "/liaison")
                .then().statusCode(409).body("code", equalTo("OFFICER_INACTIVE"));
    }

    @Test
    void refusesToAssignTheCurrentOfficerAgain() {
        String victim = Api.victim().create();
        String officer = Api.officer().create();
        Api.assign(victim, officer);
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", officer, "reason", "again"))
                .post("/api/v1/victims/" + victim + "/liaison").then().statusCode(409).body("code", equalTo("ALREADY_ASSIGNED"));
    }

    @Test
    void rejectsAnUnknownOfficerAndAMissingReason() {
        String victim = Api.victim().create();
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", UUID.randomUUID().toString(), "reason", "x"))
                .post("/api/v1/victims/" + victim + "/liaison").then().statusCode(400).body("errors[0].field", equalTo("officerId"));
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", Api.officer().create()))
                .post("/api/v1/victims/" + victim + "/liaison").then().statusCode(400);
    }

    @Test
    void unknownVictimIsNotFoundForAssignment() {
        Api.as(Persona.COORDINATOR).body(Map.of("officerId", Api.officer().create(), "reason", "x"))
                .post("/api/v1/victims/" + UUID.randomUUID() + "/liaison").then().statusCode(404);
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + UUID.randomUUID() + "/liaison-candidates").then().statusCode(404);
    }

    @Test
    void currentAssignmentIsNotFoundBeforeAnyAssignment() {
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + Api.victim().create() + "/liaison").then().statusCode(404);
    }

    @Test
    void liaisonOfficersAndOtherAgenciesMayNotAssign() {
        String victim = Api.victimAssignedTo(Persona.VLO_ONE);
        for (Persona persona : new Persona[] {Persona.VLO_ONE, Persona.CHARITY_HOTLINE, Persona.REGISTRAR}) {
            Api.as(persona).body(Map.of("reason", "x")).post("/api/v1/victims/" + victim + "/liaison").then().statusCode(403);
            Api.as(persona).get("/api/v1/victims/" + victim + "/liaison-candidates").then().statusCode(403);
            Api.as(persona).get("/api/v1/victims/" + victim + "/liaison/history").then().statusCode(403);
        }
    }
}
