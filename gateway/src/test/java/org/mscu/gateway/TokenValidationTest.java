package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

@QuarkusTest
class TokenValidationTest {

    @Test
    void acceptsATokenOfTheRealmWithoutCheckingItsAudience() {
        given().header("Authorization", TestTokens.as(Persona.LA_CASE_SYSTEM).bearer())
                .when().get("/api/v1/referrals")
                .then().statusCode(200);
    }

    @Test
    void refusesARequestWithoutToken() {
        assertUnauthorized(null, "A bearer token is required");
    }

    @Test
    void refusesAnotherAuthorizationScheme() {
        given().header("Authorization", "Basic Y29vcmRpbmF0b3I6eA==")
                .when().get("/api/v1/referrals")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void refusesATamperedToken() {
        assertUnauthorized(Tokens.tampered(), "Token is invalid");
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() {
        assertUnauthorized(Tokens.algNone(), "Token is invalid");
    }

    @Test
    void refusesAnHs256TokenKeyedWithThePublicKey() {
        assertUnauthorized(Tokens.hs256WithPublicKey(), "Token is invalid");
    }

    @Test
    void refusesATokenSignedByAForeignKey() {
        assertUnauthorized(TestTokens.as(Persona.COORDINATOR).signWithForeignKey(), "Token is invalid");
    }

    @Test
    void refusesAnExpiredToken() {
        String expired = TestTokens.as(Persona.COORDINATOR)
                .issuedAt(Instant.now().minus(Duration.ofHours(1))).lifetime(Duration.ofMinutes(5)).sign();
        assertUnauthorized(expired, "Token has expired");
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertUnauthorized(TestTokens.as(Persona.COORDINATOR).issuer("https://evil.example/realms/mscu").sign(),
                "Token is invalid");
    }

    @Test
    void refusesGarbage() {
        assertUnauthorized("not-a-jwt", "Token is invalid");
    }

    private static void assertUnauthorized(String token, String detail) {
        var request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.when().get("/api/v1/referrals")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", equalTo(detail))
                .body("instance", equalTo("/api/v1/referrals"));
    }
}
