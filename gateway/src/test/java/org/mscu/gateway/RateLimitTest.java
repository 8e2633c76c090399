package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** Runs against the real Redis on 127.0.0.1:6379 (keys are unique per test run). */
@QuarkusTest
class RateLimitTest {

    @Test
    void answers429WithRetryAfterOnceTheAgencysBurstIsSpent() {
        String token = TestTokens.as(Persona.LA_CASE_SYSTEM).agency(FakeUpstreams.RATE_LIMITED_AGENCY).bearer();
        for (int i = 0; i < FakeUpstreams.RATE_LIMIT_BURST; i++) {
            given().header("Authorization", token).when().get("/api/v1/referrals").then().statusCode(200)
                    .header("RateLimit-Limit", Integer.toString(FakeUpstreams.RATE_LIMIT_BURST))
                    .header("RateLimit-Remaining", Integer.toString(FakeUpstreams.RATE_LIMIT_BURST - 1 - i));
        }
        int retryAfter = Integer.parseInt(given().header("Authorization", token)
                .when().get("/api/v1/referrals")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .header("RateLimit-Remaining", "0")
                .extract().header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
    }

    @Test
    void givesAClientWithALimitOfItsOwnThatLimitWhateverItsAgency() {
        String token = TestTokens.as(Persona.IMMIGRATION_SYSTEM).agency(FakeUpstreams.RATE_LIMITED_AGENCY).bearer();
        for (int i = 0; i < FakeUpstreams.CLIENT_BURST; i++) {
            given().header("Authorization", token).when().get("/api/v1/referrals").then().statusCode(200)
                    .header("RateLimit-Limit", Integer.toString(FakeUpstreams.CLIENT_BURST));
        }
        given().header("Authorization", token).when().get("/api/v1/referrals").then().statusCode(429)
                .header("Retry-After", notNullValue());
    }

    @Test
    void keepsEachClientsBucketSeparate() {
        String spent = TestTokens.as(Persona.DWP_SYSTEM).agency(FakeUpstreams.RATE_LIMITED_AGENCY).bearer();
        for (int i = 0; i <= FakeUpstreams.RATE_LIMIT_BURST; i++) {
            given().header("Authorization", spent).when().get("/api/v1/referrals");
        }
        given().header("Authorization", spent).when().get("/api/v1/referrals").then().statusCode(429);
        given().header("Authorization", TestTokens.as(Persona.GLAA_SYSTEM).agency(FakeUpstreams.RATE_LIMITED_AGENCY).bearer())
                .when().get("/api/v1/referrals")
                .then().statusCode(200);
    }

    @Test
    void appliesTheDefaultLimitToOtherAgencies() {
        String token = TestTokens.as(Persona.COORDINATOR).agency("agency-" + UUID.randomUUID()).bearer();
        for (int i = 0; i < FakeUpstreams.RATE_LIMIT_BURST + 2; i++) {
            given().header("Authorization", token).when().get("/api/v1/referrals").then().statusCode(200);
        }
    }
}
