package org.mscu.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

@QuarkusTest
class FoundationTest {

    @Test
    void answersNotFoundProblemForUnknownReferral() {
        given().header("Authorization", TestTokens.as(Persona.COORDINATOR).audience("referral-service").bearer())
                .when().get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void rejectsMissingToken() {
        given().when().get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void rejectsTokenWithoutServiceAudience() {
        given().header("Authorization", TestTokens.as(Persona.COORDINATOR).audience("victim-service").bearer())
                .when().get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void rejectsTokenSignedByForeignKey() {
        given().header("Authorization", "Bearer " + TestTokens.as(Persona.COORDINATOR).audience("referral-service").signWithForeignKey())
                .when().get("/api/v1/referrals/" + UUID.randomUUID())
                .then().statusCode(401);
    }
}
