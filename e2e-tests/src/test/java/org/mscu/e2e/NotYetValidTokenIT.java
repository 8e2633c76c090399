package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.ValidatableResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token that is not valid yet ({@code nbf}, and {@code iat}, in the future) is refused at the gateway
 * and at every service directly, although a key of the realm signed it. Keycloak never issues one, so
 * the test registers a key pair of its own with the realm (a key provider of low priority: Keycloak
 * keeps signing with its own key, and publishes this one in the realm's JWKS), signs with it, and
 * removes it at the end.
 *
 * <p>The verifiers learn of the new key when a token names its key id: the gateway refetches the JWKS
 * for an unknown key id at most every 30 s ({@code mscu.gateway.jwt.jwks-min-refresh}), the services at
 * most once a minute ({@code OIDC_JWKS_FORCED_REFRESH_MINUTES}). So each target is first shown a
 * well-formed token of the key until it accepts it (the control: the key is trusted there), then the
 * not-yet-valid one, which only its {@code nbf} can get refused.
 */
class NotYetValidTokenIT {

    /** Two forced refreshes of the services' keys and a margin. */
    private static final Duration KEY_PICKUP = Duration.ofMinutes(3);
    private static final Duration NOT_BEFORE = Duration.ofMinutes(10);

    private static KeyPair key;
    private static String component;
    private static String kid;

    @BeforeAll
    static void registerATestKeyWithTheRealm() {
        key = ForgedTokens.freshKey();
        component = KeycloakAdmin.addRealmKey("e2e-not-yet-valid-" + Gateway.unique(), key, -100);
        kid = KeycloakAdmin.keyIdOf(component);
        assertNotEquals(kid, KeycloakAdmin.activeSigningKeyId(), "Keycloak must keep signing the realm's tokens with its own key");
    }

    @AfterAll
    static void removeTheTestKey() {
        if (component != null) {
            KeycloakAdmin.deleteComponent(component);
        }
    }

    static Stream<Target> targets() {
        return Target.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void acceptsAWellFormedTokenSignedByTheTestKey(Target target) {
        awaitAccepted(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void refusesTheSameTokenWhileItIsNotValidYet(Target target) {
        awaitAccepted(target);
        Instant notBefore = Instant.now().plus(NOT_BEFORE);
        String early = ForgedTokens.signedWith(Tokens.of(target.service().reader()), kid, key, claims -> claims
                .put("nbf", notBefore.getEpochSecond())
                .put("iat", notBefore.getEpochSecond())
                .put("exp", notBefore.plus(NOT_BEFORE).getEpochSecond()));

        Problems.assertUnauthorized(callWith(target, early));
    }

    /**
     * Waits until the target takes a token of the test key with the reader's own claims, issued now and
     * good for five minutes: 404 for a record nobody created.
     */
    private static void awaitAccepted(Target target) {
        Instant now = Instant.now();
        String wellFormed = ForgedTokens.signedWith(Tokens.of(target.service().reader()), kid, key, claims -> claims
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(Duration.ofMinutes(5)).getEpochSecond()));
        await().atMost(KEY_PICKUP).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                callWith(target, wellFormed).statusCode(404));
    }

    private static ValidatableResponse callWith(Target target, String token) {
        return given().header("Authorization", "Bearer " + token)
                .get(target.baseUrl() + target.service().unknownRecordPath())
                .then();
    }
}
