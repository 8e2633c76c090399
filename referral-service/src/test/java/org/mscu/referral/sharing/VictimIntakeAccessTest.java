package org.mscu.referral.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.Api;
import org.mscu.referral.support.ReferralBodies;

/**
 * Rule victim-intake-reads-accepted: victim-service's own client (agency gmp, role platform-service)
 * reads an accepted referral without contact, address, suspects or narrative, and nothing else; the
 * read is on the referral's history with the rule that granted it.
 */
@QuarkusTest
class VictimIntakeAccessTest {

    private static RequestSpecification asVictimService() {
        return Api.as(Persona.VICTIM_SERVICE);
    }

    private static String referral() {
        return createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", ReferralBodies.phone())
                .postcode("M1 1AA").suspect("Fictional Suspect", ReferralBodies.phone(), null).build());
    }

    @Test
    void readsAnAcceptedReferralWithWhatAVictimRecordNeedsAndNothingMore() {
        String id = referral();
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);

        asVictimService().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("potentialVictim.givenName", equalTo("Testa"))
                .body("potentialVictim.familyName", equalTo("Fictional"))
                .body("potentialVictim.dateOfBirth", equalTo("1995-05-05"))
                .body("potentialVictim.languages", equalTo(List.of("ro")))
                .body("location.district", equalTo("Manchester"))
                .body("reference", notNullValue())
                .body("potentialVictim.contactPhone", nullValue())
                .body("location.address", nullValue())
                .body("location.postcode", nullValue())
                .body("suspects", nullValue())
                .body("narrative", nullValue());

        Api.as(Persona.COORDINATOR).get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("items.findAll { it.actor == 'service-account-victim-service' }.detail",
                        hasItem("granted by victim-intake-reads-accepted"));
    }

    @Test
    void aReferralNotAcceptedIsNotFound() {
        String received = referral();
        asVictimService().get("/api/v1/referrals/" + received).then().statusCode(404);
        String dropped = referral();
        action(Persona.COORDINATOR, dropped, "triage", Map.of("decision", "NO_FURTHER_ACTION", "reason", "NOT_MODERN_SLAVERY"))
                .then().statusCode(200);
        asVictimService().get("/api/v1/referrals/" + dropped).then().statusCode(404);
    }

    @Test
    void mayDoNothingElse() {
        String id = referral();
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);
        asVictimService().get("/api/v1/referrals").then().statusCode(403);
        asVictimService().get("/api/v1/referrals/" + id + "/history").then().statusCode(403);
        asVictimService().get("/api/v1/referrals/" + id + "/links").then().statusCode(403);
        asVictimService().body(ReferralBodies.adult().build()).post("/api/v1/referrals").then().statusCode(403);
        asVictimService().body(Map.of("crimeReference", "W-1")).post("/api/v1/referrals/" + id + "/crime-record").then().statusCode(403);
    }
}
