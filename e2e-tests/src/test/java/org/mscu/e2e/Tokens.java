package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the platform's Keycloak, cached per persona until shortly before
 * they expire: the password grant through {@code mscu-cli} for people, client credentials for
 * partner systems.
 */
public final class Tokens {

    private static final String CLI_CLIENT = "mscu-cli";
    private static final long RENEW_BEFORE_EXPIRY_SECONDS = 30;
    private static final Map<Persona, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String accessToken, Instant renewAfter) {
    }

    private Tokens() {
    }

    /** The raw access token (a signed JWT) of a persona. */
    public static String of(Persona persona) {
        return CACHE.compute(persona, (key, cached) ->
                cached != null && Instant.now().isBefore(cached.renewAfter()) ? cached : issue(key))
                .accessToken();
    }

    /** {@code Bearer <token>}, ready for an Authorization header. */
    public static String bearer(Persona persona) {
        return "Bearer " + of(persona);
    }

    /**
     * A fresh token of a persona requested at another address of the same Keycloak. In
     * development mode Keycloak names the address it was reached at as the issuer, so the token
     * is genuinely signed but carries an issuer the platform does not trust.
     */
    public static String issuedAt(String realmUrl, Persona persona) {
        return issue(persona, realmUrl + "/protocol/openid-connect/token").accessToken();
    }

    private static Issued issue(Persona persona) {
        return issue(persona, Platform.tokenEndpoint());
    }

    private static Issued issue(Persona persona, String tokenEndpoint) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        request = switch (persona.kind()) {
            case PERSON -> request.formParam("grant_type", "password")
                    .formParam("client_id", CLI_CLIENT)
                    .formParam("username", persona.login())
                    .formParam("password", persona.secret());
            case PARTNER_SYSTEM -> request.formParam("grant_type", "client_credentials")
                    .formParam("client_id", persona.login())
                    .formParam("client_secret", persona.secret());
        };
        Response response = request.post(tokenEndpoint);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + persona + ": HTTP "
                    + response.statusCode() + " " + response.body().asString());
        }
        long expiresIn = response.jsonPath().getLong("expires_in");
        return new Issued(response.jsonPath().getString("access_token"),
                Instant.now().plusSeconds(Math.max(0, expiresIn - RENEW_BEFORE_EXPIRY_SECONDS)));
    }
}
