package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * #8, browsers: the frontend's origin gets its preflight answered and its responses shared; any
 * other origin gets no CORS grant at all; every answer carries the security headers. The allowed
 * origin is one of the gateway's default {@code CORS_ORIGINS} ({@code mscu.e2e.cors.origin} to use another).
 */
class CorsIT {

    private static final String FRONTEND = Platform.setting("mscu.e2e.cors.origin", "MSCU_E2E_CORS_ORIGIN", "http://localhost:5173");
    private static final String ELSEWHERE = "https://attacker.example";

    @Test
    void answersThePreflightOfTheFrontendsOriginWithoutAToken() {
        preflight(FRONTEND).then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Max-Age", notNullValue());
    }

    @Test
    void sharesAnActualResponseWithTheFrontendsOriginAndExposesRequestIdAndRateLimit() {
        Gateway.as(Persona.COORDINATOR).header("Origin", FRONTEND).queryParam("limit", 1).get("/api/v1/referrals")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void givesAnotherOriginsPreflightNoCorsHeaderAtAll() {
        Response refused = preflight(ELSEWHERE);

        refused.then().statusCode(403);
        assertThat(corsHeaders(refused), empty());
    }

    @Test
    void givesAnotherOriginsActualRequestNoCorsGrant() {
        Response refused = Gateway.as(Persona.COORDINATOR).header("Origin", ELSEWHERE).get("/api/v1/referrals");

        refused.then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        assertThat(corsHeaders(refused), empty());
    }

    @Test
    void putsTheSecurityHeadersOnApiAnswersAndProblems() {
        for (Response answer : List.of(
                Gateway.as(Persona.COORDINATOR).queryParam("limit", 1).get("/api/v1/referrals"),
                given().get(Platform.gateway() + "/api/v1/referrals"))) {
            answer.then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Cache-Control", equalTo("no-store"));
        }
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options(Platform.gateway() + "/api/v1/referrals");
    }

    private static List<String> corsHeaders(Response response) {
        return response.headers().asList().stream().map(Header::getName)
                .filter(name -> name.toLowerCase().startsWith("access-control-")).toList();
    }
}
