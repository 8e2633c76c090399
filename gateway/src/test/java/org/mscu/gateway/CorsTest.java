package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    @Test
    void answersAPreflightFromAConfiguredOriginWithoutToken() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/v1/referrals")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void allowsAConfiguredOriginOnAnActualRequestAndHidesTheUpstreamsOwnCorsHeaders() {
        given().header("Origin", "http://localhost:3000")
                .header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/referrals")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void refusesAPreflightFromAnOriginNotConfigured() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/referrals")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void givesNoCorsGrantToAnOriginNotConfigured() {
        given().header("Origin", "https://evil.example")
                .header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/referrals")
                .then().statusCode(equalTo(403))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
