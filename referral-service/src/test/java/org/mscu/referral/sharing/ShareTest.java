package org.mscu.referral.sharing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;
import static org.mscu.referral.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class ShareTest {

    private static String referral() {
        return createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", ReferralBodies.phone())
                .postcode("M4 5AB").suspect("Fictional Suspect", ReferralBodies.phone(), "AB12 CDE").build());
    }

    private static Response share(String id, String agency, String level) {
        return as(Persona.COORDINATOR).body(Map.of("agency", agency, "level", level,
                        "purpose", "Fictional joint safeguarding", "legalBasis", "Crime and Disorder Act 1998 s.115"))
                .post("/api/v1/referrals/" + id + "/shares");
    }

    @Test
    void sharesInFullWithAnotherAgency() {
        String id = referral();
        get(Persona.DWP_SYSTEM, id).then().statusCode(404);
        share(id, "dwp", "FULL").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/referrals/" + id + "/shares/dwp"))
                .body("agency", equalTo("dwp")).body("level", equalTo("FULL")).body("sharedBy", equalTo("coordinator"));
        get(Persona.DWP_SYSTEM, id).then().statusCode(200)
                .body("potentialVictim.givenName", equalTo("Testa"))
                .body("narrative", notNullValue());
        get(Persona.DWP_REFERRER, id).then().statusCode(200);
    }

    @Test
    void summaryShareHidesNamesDateOfBirthPhoneAddressAndNarrative() {
        String id = referral();
        share(id, "manchester-city-council", "SUMMARY").then().statusCode(201);
        get(Persona.LA_CASE_SYSTEM, id).then().statusCode(200)
                .body("reference", notNullValue())
                .body("exploitationTypes", hasItem("LABOUR"))
                .body("location.district", equalTo("Manchester"))
                .body("potentialVictim", not(hasKey("givenName")))
                .body("potentialVictim", not(hasKey("familyName")))
                .body("potentialVictim", not(hasKey("aliases")))
                .body("potentialVictim", not(hasKey("dateOfBirth")))
                .body("potentialVictim", not(hasKey("contactPhone")))
                .body("location", not(hasKey("address")))
                .body("location", not(hasKey("postcode")))
                .body("$", not(hasKey("suspects")))
                .body("$", not(hasKey("narrative")));
    }

    @Test
    void revokedShareHidesTheReferralAgain() {
        String id = referral();
        share(id, "glaa", "FULL").then().statusCode(201);
        get(Persona.GLAA_SYSTEM, id).then().statusCode(200);
        as(Persona.COORDINATOR).delete("/api/v1/referrals/" + id + "/shares/glaa").then().statusCode(204);
        get(Persona.GLAA_SYSTEM, id).then().statusCode(404);
        as(Persona.COORDINATOR).delete("/api/v1/referrals/" + id + "/shares/glaa").then().statusCode(404);
        as(Persona.COORDINATOR).get("/api/v1/referrals/" + id + "/shares").then().statusCode(200)
                .body("[0].revokedBy", equalTo("coordinator"));
    }

    @Test
    void refusesASecondActiveShareWithTheSameAgency() {
        String id = referral();
        share(id, "dwp", "SUMMARY").then().statusCode(201);
        share(id, "dwp", "FULL").then().statusCode(409).body("code", equalTo("ALREADY_SHARED"));
    }

    @Test
    void needsPurposeAndLegalBasis() {
        as(Persona.COORDINATOR).body(Map.of("agency", "dwp", "level", "FULL"))
                .post("/api/v1/referrals/" + referral() + "/shares")
                .then().statusCode(400)
                .body("errors.field", hasItem("purpose"))
                .body("errors.field", hasItem("legalBasis"));
    }

    @Test
    void refusesSharingToEveryoneButTheCoordinator() {
        String id = referral();
        for (Persona p : new Persona[] {Persona.CHARITY_HOTLINE, Persona.TACTICAL_ADVISOR, Persona.REGISTRAR, Persona.AUDITOR}) {
            as(p).body(Map.of("agency", "dwp", "level", "FULL", "purpose", "x", "legalBasis", "y"))
                    .post("/api/v1/referrals/" + id + "/shares").then().statusCode(403);
            as(p).delete("/api/v1/referrals/" + id + "/shares/dwp").then().statusCode(403);
        }
        get(Persona.DWP_SYSTEM, id).then().statusCode(404);
    }
}
