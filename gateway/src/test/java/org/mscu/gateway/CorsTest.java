package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
    void exposesTheHeadersTheFrontendReadsOnAReplayedCreation() {
        String exposed = given().header("Origin", "http://localhost:5173")
                .header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("Idempotency-Key", "form-1")
                .when().post("/api/v1/referrals/replayed")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Idempotency-Replayed", "true")
                .header("RateLimit-Remaining", notNullValue())
                .extract().header("Access-Control-Expose-Headers");

        Set<String> names = Arrays.stream(exposed.split(",")).map(name -> name.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (String header : List.of("Idempotency-Replayed", "Location", "ETag", "X-Request-Id", "Retry-After",
                "WWW-Authenticate", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
            assertTrue(names.contains(header.toLowerCase(Locale.ROOT)), header + " is not in " + exposed);
        }
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
