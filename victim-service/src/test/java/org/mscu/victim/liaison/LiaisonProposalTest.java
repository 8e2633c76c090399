package org.mscu.victim.liaison;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Intake;

/** The liaison officer proposed at intake: confirmed under the usual capacity rules, or superseded by hand. */
@QuarkusTest
class LiaisonProposalTest {

    private static String proposal(String victim) {
        return "/api/v1/victims/" + victim + "/liaison-proposal";
    }

    @Test
    void confirmingAssignsTheProposedOfficer() {
        Intake.Proposed proposed = Intake.victimWithProposal();
        Api.as(Persona.COORDINATOR).get(proposal(proposed.victimId())).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PROPOSED"))
                .body("officerId", equalTo(proposed.officerId()))
                .body("score", equalTo(100));

        String assignment = Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").post(proposal(proposed.victimId()) + "/confirm")
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo("coordinator"))
                .body("assignmentId", notNullValue())
                .extract().path("assignmentId");

        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + proposed.victimId() + "/liaison").then().statusCode(200)
                .body("id", equalTo(assignment))
                .body("officerId", equalTo(proposed.officerId()))
                .body("assignedBy", equalTo("coordinator"));
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + proposed.victimId() + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "LIAISON_PROPOSED", "LIAISON_ASSIGNED")));
        Api.as(Persona.TACTICAL_ADVISOR).post(proposal(proposed.victimId()) + "/confirm").then().statusCode(409)
                .body("code", equalTo("PROPOSAL_NOT_OPEN"));
    }

    @Test
    void anOfficerWhoFilledUpMeanwhileCannotBeConfirmedAndNothingChanges() {
        String language = Api.rareLanguage();
        String district = "District " + Api.randomWord();
        String officer = Api.officer().with("languages", List.of(language)).with("districts", List.of(district))
                .with("maxCaseload", 1).create();
        String victim = Intake.victimWithProposalFor(officer, language, district);
        Api.assign(Api.victim().create(), officer);

        Api.as(Persona.COORDINATOR).post(proposal(victim) + "/confirm").then().statusCode(409)
                .body("code", equalTo("OFFICER_AT_CAPACITY"));

        Api.as(Persona.COORDINATOR).get(proposal(victim)).then().statusCode(200).body("status", equalTo("PROPOSED"));
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison").then().statusCode(404);
    }

    @Test
    void assigningAnotherOfficerByHandSupersedesTheProposal() {
        Intake.Proposed proposed = Intake.victimWithProposal();
        String other = Api.officer().create();
        Api.as(Persona.TACTICAL_ADVISOR).body(Map.of("officerId", other, "reason", "knows the family's support worker"))
                .post("/api/v1/victims/" + proposed.victimId() + "/liaison").then().statusCode(201);

        Api.as(Persona.COORDINATOR).get(proposal(proposed.victimId())).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("decidedBy", equalTo("ta.one"));
        Api.as(Persona.COORDINATOR).post(proposal(proposed.victimId()) + "/confirm").then().statusCode(409)
                .body("code", equalTo("PROPOSAL_NOT_OPEN"));
    }

    @Test
    void aStaleIfMatchConfirmsNothing() {
        Intake.Proposed proposed = Intake.victimWithProposal();
        Api.as(Persona.COORDINATOR).header("If-Match", "\"7\"").post(proposal(proposed.victimId()) + "/confirm")
                .then().statusCode(412);
        Api.as(Persona.COORDINATOR).get(proposal(proposed.victimId())).then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void aVictimRecordedByHandHasNoProposal() {
        Api.as(Persona.COORDINATOR).get(proposal(Api.victim().create())).then().statusCode(404);
    }

    @Test
    void confirmingIsIdempotentWithAKey() {
        Intake.Proposed proposed = Intake.victimWithProposal();
        String key = "confirm-" + Api.randomWord();
        String first = Api.as(Persona.COORDINATOR).header("Idempotency-Key", key).post(proposal(proposed.victimId()) + "/confirm")
                .then().statusCode(200).extract().asString();
        String replay = Api.as(Persona.COORDINATOR).header("Idempotency-Key", key).post(proposal(proposed.victimId()) + "/confirm")
                .then().statusCode(200).header("Idempotency-Replayed", "true").extract().asString();
        org.assertj.core.api.Assertions.assertThat(replay).isEqualTo(first);
    }
}
