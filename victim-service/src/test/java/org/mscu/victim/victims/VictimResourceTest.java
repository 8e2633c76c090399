package org.mscu.victim.victims;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;

@QuarkusTest
class VictimResourceTest {

    @Test
    void coordinatorRecordsVictimWithLocationAndBody() {
        var body = Api.victim().body();
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/victims")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/victims/"))
                .body("id", notNullValue())
                .body("referralId", equalTo(body.get("referralId")))
                .body("givenName", equalTo("Testa"))
                .body("child", equalTo(false))
                .body("languages", hasItem("ro"))
                .body("needs.officerGenderPreference", equalTo("NO_PREFERENCE"))
                .body("needs.specialisms", hasItem("LABOUR"))
                .body("origin", equalTo("COORDINATOR"))
                .body("liaison", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void derivesChildFromDateOfBirthAndTreatsUnknownAgeAsChild() {
        String child = Api.victim().with("dateOfBirth", "2012-01-01").create();
        String unknown = Api.victim().without("dateOfBirth").create();
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + child).then().statusCode(200).body("child", equalTo(true));
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + unknown).then().statusCode(200).body("child", equalTo(true));
    }

    @Test
    void rejectsSecondVictimForTheSameReferral() {
        var body = Api.victim().body();
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/victims").then().statusCode(201);
        Api.as(Persona.COORDINATOR).body(Api.victim().with("referralId", body.get("referralId")).body())
                .post("/api/v1/victims")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("VICTIM_EXISTS_FOR_REFERRAL"));
    }

    @Test
    void rejectsInvalidBodyWithFieldErrors() {
        Api.as(Persona.COORDINATOR).body(Api.victim().without("givenName").with("gender", null).body())
                .post("/api/v1/victims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("givenName")));
    }

    @Test
    void rejectsUnknownPropertySuchAsAnOrigin() {
        Api.as(Persona.COORDINATOR).body(Api.victim().with("origin", "REFERRAL_ACCEPTED").body())
                .post("/api/v1/victims")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownVictimIsNotFound() {
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void tacticalAdvisorReadsAnyVictim() {
        String id = Api.victim().create();
        Api.as(Persona.TACTICAL_ADVISOR).get("/api/v1/victims/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void liaisonOfficerReadsOnlyTheVictimAssignedToThem() {
        String id = Api.victimAssignedTo(Persona.VLO_ONE);
        Api.as(Persona.VLO_ONE).get("/api/v1/victims/" + id).then().statusCode(200)
                .body("liaison.username", equalTo("vlo.one"));
        Api.as(Persona.VLO_TWO).get("/api/v1/victims/" + id).then().statusCode(404);
    }

    @Test
    void liaisonOfficerLosesTheVictimWhenReassigned() {
        String id = Api.victimAssignedTo(Persona.VLO_ONE);
        Api.assign(id, Api.officerOf(Persona.VLO_TWO));
        Api.as(Persona.VLO_ONE).get("/api/v1/victims/" + id).then().statusCode(404);
        Api.as(Persona.VLO_TWO).get("/api/v1/victims/" + id).then().statusCode(200);
    }

    @Test
    void otherAgenciesLearnNothingAboutAVictim() {
        String id = Api.victim().create();
        for (Persona persona : new Persona[] {Persona.CHARITY_HOTLINE, Persona.LA_CASE_SYSTEM, Persona.IMMIGRATION_SYSTEM,
                Persona.HOUSING_OFFICER, Persona.PROBATION_OFFICER}) {
            Api.as(persona).get("/api/v1/victims/" + id).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void onlyCoordinatorsRecordVictims() {
        for (Persona persona : new Persona[] {Persona.TACTICAL_ADVISOR, Persona.VLO_ONE, Persona.CHARITY_HOTLINE}) {
            Api.as(persona).body(Api.victim().body()).post("/api/v1/victims").then().statusCode(403);
        }
    }

    @Test
    void rejectsCallsWithoutTokenOrWithAnotherAudience() {
        io.restassured.RestAssured.given().get("/api/v1/victims/" + UUID.randomUUID())
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        io.restassured.RestAssured.given()
                .header("Authorization", org.mscu.platform.testing.TestTokens.as(Persona.COORDINATOR).audience("referral-service").bearer())
                .get("/api/v1/victims/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void listsVictimsByReferralForCoordinator() {
        var body = Api.victim().body();
        String id = Api.as(Persona.COORDINATOR).body(body).post("/api/v1/victims").then().statusCode(201).extract().path("id");
        Api.as(Persona.COORDINATOR).queryParam("referralId", body.get("referralId")).get("/api/v1/victims")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id)).body("nextCursor", nullValue());
    }

    @Test
    void liaisonOfficerListsOnlyVictimsAssignedToThem() {
        String mine = Api.victimAssignedTo(Persona.VLO_TWO);
        String other = Api.victim().create();
        java.util.List<String> seen = Api.as(Persona.VLO_TWO).queryParam("limit", 200).get("/api/v1/victims")
                .then().statusCode(200).extract().path("items.id");
        org.assertj.core.api.Assertions.assertThat(seen).contains(mine).doesNotContain(other);
    }

    @Test
    void pagesThroughVictimsWithCursorWithoutRepeats() {
        for (int i = 0; i < 3; i++) {
            Api.victim().create();
        }
        var first = Api.as(Persona.COORDINATOR).queryParam("limit", 2).get("/api/v1/victims").then().statusCode(200).extract();
        String cursor = first.path("nextCursor");
        java.util.List<String> firstIds = first.path("items.id");
        java.util.List<String> secondIds = Api.as(Persona.COORDINATOR).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/victims").then().statusCode(200).extract().path("items.id");
        org.assertj.core.api.Assertions.assertThat(firstIds).hasSize(2).doesNotContainAnyElementsOf(secondIds);
        org.assertj.core.api.Assertions.assertThat(secondIds).isNotEmpty();
    }

    @Test
    void rejectsLimitAboveTwoHundred() {
        Api.as(Persona.COORDINATOR).queryParam("limit", 201).get("/api/v1/victims").then().statusCode(400);
    }

    @Test
    void otherAgenciesMayNotListVictims() {
        Api.as(Persona.CHARITY_HOTLINE).get("/api/v1/victims").then().statusCode(403);
    }

    @Test
    void rejectsMalformedJson() {
        Api.as(Persona.COORDINATOR).body("{\"givenName\": ").post("/api/v1/victims")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownVictimsCannotBeReadEvenWithAnEmptyBodyMap() {
        Api.as(Persona.COORDINATOR).body(Map.of()).post("/api/v1/victims").then().statusCode(400);
    }
}
