package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A genuine token of the realm is refused once it has expired, at the gateway and at every service
 * directly. Keycloak issues it to a client created for this test with a five-second token lifespan;
 * the test waits until the token is older than its expiry plus the longest clock skew a verifier
 * allows (the gateway 30 s, {@code mscu.gateway.jwt.clock-skew}; the services 60 s, smallrye-jwt's
 * default expiry grace), so about a minute.
 */
class ExpiredTokenIT {

    private static final Duration LONGEST_CLOCK_SKEW = Duration.ofSeconds(60);

    @Test
    void realmTokenIsRefusedEverywhereOnceExpired() throws InterruptedException {
        String clientId = "e2e-short-lived-" + Gateway.unique();
        String client = KeycloakAdmin.createClient(Map.of("clientId", clientId, "secret", clientId + "-secret", "enabled", true,
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", "5"), "protocolMappers", KeycloakAdmin.serviceAudiences()));
        try {
            String token = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                    .formParam("client_secret", clientId + "-secret")
                    .post(Platform.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
            List<Target> targets = Target.all().toList();
            // Before it expires the token is good everywhere: refused by the policy (no role), never as a credential.
            targets.forEach(target -> call(target, token).statusCode(not(401)));

            Instant expiry = Instant.ofEpochSecond(ForgedTokens.claims(token).path("exp").asLong());
            Duration wait = Duration.between(Instant.now(), expiry.plus(LONGEST_CLOCK_SKEW).plusSeconds(2));
            Thread.sleep(Math.max(0, wait.toMillis()));

            targets.forEach(target -> Problems.assertUnauthorized(call(target, token)));
        } finally {
            KeycloakAdmin.deleteClient(client);
        }
    }

    private static io.restassured.response.ValidatableResponse call(Target target, String token) {
        return given().header("Authorization", "Bearer " + token)
                .get(target.baseUrl() + target.service().unknownRecordPath()).then();
    }
}
