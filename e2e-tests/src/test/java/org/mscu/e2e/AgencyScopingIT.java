package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Agency scoping end to end, through the gateway with real tokens: a partner's referral is its
 * own agency's and the unit's, unknown to other partners; the immigration agency never reaches
 * accommodation.
 */
class AgencyScopingIT {

    @Test
    void partnerReferralTakesAgencyFromTokenAndStaysHiddenFromOtherPartners() {
        String location = given().header("Authorization", Tokens.bearer(Persona.CHARITY_HOTLINE))
                .contentType(ContentType.JSON)
                .body(Referrals.adultLabourExploitation())
                .post(Platform.gateway() + "/api/v1/referrals")
                .then().statusCode(201)
                .body("referringAgency", equalTo("stop-the-traffik"))
                .body("status", equalTo("RECEIVED"))
                .body("reference", notNullValue())
                .extract().header("Location");
        String path = location.substring(location.indexOf("/api/v1/referrals/"));

        readAs(Persona.CHARITY_HOTLINE, path).statusCode(200).body("referringAgency", equalTo("stop-the-traffik"));
        readAs(Persona.COORDINATOR, path).statusCode(200);
        Problems.assertProblem(readAs(Persona.LA_CASE_SYSTEM, path), 404);
    }

    @Test
    void immigrationEnforcementNeverReachesAccommodation() {
        Problems.assertProblem(given().header("Authorization", Tokens.bearer(Persona.IMMIGRATION_OFFICER))
                .get(Platform.gateway() + Service.ACCOMMODATION.unknownRecordPath())
                .then(), 403);
    }

    private static ValidatableResponse readAs(Persona persona, String path) {
        return given().header("Authorization", Tokens.bearer(persona)).get(Platform.gateway() + path).then();
    }
}
