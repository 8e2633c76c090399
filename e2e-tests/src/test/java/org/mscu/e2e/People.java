package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens of the development realm's people that {@link Persona} does not name
 * ({@code registrar}, {@code ta.one}, {@code vlo.one}, ...): the password grant through the public
 * client {@code mscu-cli} with password {@code <username>-dev}, cached until shortly before expiry.
 */
final class People {

    static final String REGISTRAR = "registrar";
    static final String TACTICAL_ADVISOR = "ta.one";
    static final String VLO_ONE = "vlo.one";
    static final String VLO_TWO = "vlo.two";
    static final String VULNERABILITY_LEAD = "vuln.lead";
    static final String PROBATION_OFFICER = "probation.officer";
    static final String SAFE_HAVEN_OFFICER = "safehaven.officer";

    private static final long RENEW_BEFORE_EXPIRY_SECONDS = 30;
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String accessToken, Instant renewAfter) {
    }

    private People() {
    }

    /** {@code Bearer <token>} of a person of the realm, by username. */
    static String bearer(String username) {
        return "Bearer " + CACHE.compute(username, (key, cached) ->
                cached != null && Instant.now().isBefore(cached.renewAfter()) ? cached : issue(key)).accessToken();
    }

    private static Issued issue(String username) {
        Response response = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("grant_type", "password")
                .formParam("client_id", "mscu-cli")
                .formParam("username", username)
                .formParam("password", username + "-dev")
                .post(Platform.tokenEndpoint());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": HTTP "
                    + response.statusCode() + " " + response.body().asString());
        }
        long expiresIn = response.jsonPath().getLong("expires_in");
        return new Issued(response.jsonPath().getString("access_token"),
                Instant.now().plusSeconds(Math.max(0, expiresIn - RENEW_BEFORE_EXPIRY_SECONDS)));
    }
}
