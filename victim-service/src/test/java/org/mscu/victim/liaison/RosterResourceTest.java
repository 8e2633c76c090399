package org.mscu.victim.liaison;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;

@QuarkusTest
class RosterResourceTest {

    @Test
    void coordinatorPutsOfficerOnRosterWithZeroCaseload() {
        var body = Api.officer().with("languages", List.of("EN", "ro")).body();
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/liaison-officers")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/liaison-officers/"))
                .body("username", equalTo(body.get("username")))
                .body("languages", contains("en", "ro"))
                .body("caseload", equalTo(0))
                .body("maxCaseload", equalTo(5))
                .body("active", equalTo(true));
    }

    @Test
    void caseloadCountsCurrentAssignmentsOnly() {
        String officer = Api.officer().create();
        String first = Api.victim().create();
        String second = Api.victim().create();
        Api.assign(first, officer);
        Api.assign(second, officer);
        Api.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/" + officer).then().statusCode(200).body("caseload", equalTo(2));

        Api.assign(second, Api.officer().create());
        Api.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/" + officer).then().statusCode(200).body("caseload", equalTo(1));
    }

    @Test
    void rejectsAUsernameAlreadyOnTheRoster() {
        var body = Api.officer().body();
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/liaison-officers").then().statusCode(201);
        Api.as(Persona.COORDINATOR).body(Api.officer().with("username", body.get("username")).body())
                .post("/api/v1/liaison-officers").then().statusCode(409).body("code", equalTo("USERNAME_ON_ROSTER"));
    }

    @Test
    void rejectsNegativeCaseloadAndMissingGender() {
        Api.as(Persona.COORDINATOR).body(Api.officer().with("maxCaseload", -1).with("gender", null).body())
                .post("/api/v1/liaison-officers").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void liaisonOfficerReadsOwnEntryButNotAnothers() {
        String own = Api.officerOf(Persona.VLO_ONE);
        String other = Api.officerOf(Persona.VLO_TWO);
        Api.as(Persona.VLO_ONE).get("/api/v1/liaison-officers/" + own).then().statusCode(200).body("username", equalTo("vlo.one"));
        Api.as(Persona.VLO_ONE).get("/api/v1/liaison-officers/" + other).then().statusCode(404);
    }

    @Test
    void liaisonOfficerListsOnlyOwnEntry() {
        Api.officerOf(Persona.VLO_ONE);
        Api.officerOf(Persona.VLO_TWO);
        Api.as(Persona.VLO_ONE).queryParam("limit", 200).get("/api/v1/liaison-officers")
                .then().statusCode(200).body("items.username", contains("vlo.one"));
    }

    @Test
    void tacticalAdvisorReadsTheRosterButMayNotChangeIt() {
        String officer = Api.officer().create();
        Api.as(Persona.TACTICAL_ADVISOR).get("/api/v1/liaison-officers/" + officer).then().statusCode(200);
        Api.as(Persona.TACTICAL_ADVISOR).body(Api.officer().body()).post("/api/v1/liaison-officers").then().statusCode(403);
    }

    @Test
    void filtersTheRosterByUsernameAndActive() {
        var inactive = Api.officer().with("active", false).body();
        Api.as(Persona.COORDINATOR).body(inactive).post("/api/v1/liaison-officers").then().statusCode(201);
        Api.as(Persona.COORDINATOR).queryParam("username", inactive.get("username")).queryParam("active", false)
                .get("/api/v1/liaison-officers").then().statusCode(200).body("items.username", contains(inactive.get("username")));
        Api.as(Persona.COORDINATOR).queryParam("username", inactive.get("username")).queryParam("active", true)
                .get("/api/v1/liaison-officers").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void otherAgenciesMayNotUseTheRoster() {
        Api.as(Persona.CHARITY_HOTLINE).get("/api/v1/liaison-officers/" + UUID.randomUUID()).then().statusCode(403);
        Api.as(Persona.CHARITY_HOTLINE).get("/api/v1/liaison-officers").then().statusCode(403);
    }

    @Test
    void coordinatorChangesAnEntryWithIfMatchAndAStaleVersionIsRefused() {
        String officer = Api.officer().create();
        var changed = Api.officer().changeBody();
        changed.put("maxCaseload", 9);
        changed.put("active", false);
        Api.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/" + officer).then().statusCode(200).header("ETag", "\"0\"");
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(changed).put("/api/v1/liaison-officers/" + officer)
                .then().statusCode(200).header("ETag", "\"1\"").body("maxCaseload", equalTo(9)).body("active", equalTo(false))
                .body("version", equalTo(1));
        changed.put("maxCaseload", 3);
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(changed).put("/api/v1/liaison-officers/" + officer)
                .then().statusCode(412).contentType("application/problem+json");
        Api.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/" + officer).then().statusCode(200).body("maxCaseload", equalTo(9));
    }

    @Test
    void anInactiveOfficerIsNoLongerACandidate() {
        String language = Api.rareLanguage();
        String victim = Api.victim().with("languages", List.of(language)).create();
        String officer = Api.officer().with("languages", List.of(language)).create();
        var changed = Api.officer().with("languages", List.of(language)).with("active", false).changeBody();
        Api.as(Persona.COORDINATOR).body(changed).put("/api/v1/liaison-officers/" + officer).then().statusCode(200);
        List<String> candidates = Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-candidates")
                .then().statusCode(200).extract().path("officerId");
        org.assertj.core.api.Assertions.assertThat(candidates).doesNotContain(officer);
    }

    @Test
    void tacticalAdvisorMayNotChangeTheRoster() {
        var changed = Api.officer().changeBody();
        Api.as(Persona.TACTICAL_ADVISOR).body(changed).put("/api/v1/liaison-officers/" + Api.officer().create()).then().statusCode(403);
    }

    @Test
    void unknownOfficerIsNotFound() {
        Api.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/" + UUID.randomUUID()).then().statusCode(404);
    }
}
