package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens the platform must not trust get 401, at the gateway and at every service reached
 * directly (zero trust: a service never relies on the gateway having checked). An expired token of
 * the realm is in {@link ExpiredTokenIT} (it has to wait out the verifiers' clock skew).
 */
class TokenAttacksIT {

    static Stream<Target> targets() {
        return Target.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsRequestWithoutToken(Target target) {
        Problems.assertUnauthorized(given()
                .get(target.baseUrl() + target.service().unknownRecordPath())
                .then());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsTokenWithTamperedSignature(Target target) {
        String forged = ForgedTokens.withTamperedSignature(Tokens.of(target.service().reader()));

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsTokenWhoseClaimsWereAlteredUnderTheOriginalSignature(Target target) {
        String forged = ForgedTokens.withAlteredClaims(
                Tokens.of(target.service().reader()), "agency", "immigration-enforcement");

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsUnsignedTokenWithAlgNone(Target target) {
        String forged = ForgedTokens.unsigned(Tokens.of(target.service().reader()));

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsTokenSignedByKeyKeycloakNeverIssued(Target target) {
        String forged = ForgedTokens.signedByForeignKey(Tokens.of(target.service().reader()));

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsGenuinelySignedTokenFromAnotherIssuer(Target target) {
        String otherIssuer = Platform.realm().replace("://localhost:", "://127.0.0.1:");
        String token = Tokens.issuedAt(otherIssuer, target.service().reader());
        assertThat(ForgedTokens.claims(token).path("iss").asText(), equalTo(otherIssuer));

        Problems.assertUnauthorized(callWith(target, token));
    }

    static Stream<Arguments> targetsAndRealmKeyForms() {
        return Target.all().flatMap(target -> RealmKeys.publicKeyForms().keySet().stream()
                .map(form -> Arguments.of(target, form)));
    }

    @ParameterizedTest(name = "{0}, key as {1}")
    @MethodSource("targetsAndRealmKeyForms")
    void rejectsHs256TokenSignedWithTheRealmsPublicKeyAsSecret(Target target, String form) {
        String forged = ForgedTokens.hmacSigned(Tokens.of(target.service().reader()), RealmKeys.publicKeyForms().get(form));

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsTokenNamingAKeyIdTheRealmNeverPublished(Target target) {
        String forged = ForgedTokens.withUnknownKeyId(Tokens.of(target.service().reader()));

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsTokenThatCarriesTheKeyItIsSignedWith(Target target) {
        String forged = ForgedTokens.carryingItsOwnKey(Tokens.of(target.service().reader()));

        Problems.assertUnauthorized(callWith(target, forged));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rejectsTokenOfAnotherRealmOfTheSameKeycloakThatClaimsTheUnitsCoordinator(Target target) {
        Problems.assertUnauthorized(callWith(target, OtherRealm.coordinatorToken()));
    }

    static Stream<Service> servicesCharityHotlineMayNotCall() {
        return Arrays.stream(Service.values()).filter(service -> service != Service.REFERRALS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servicesCharityHotlineMayNotCall")
    void serviceReachedThroughTheGatewayRejectsTokenWithoutItsAudience(Service service) {
        Problems.assertUnauthorized(callWith(new Target(service, true), Tokens.of(Persona.CHARITY_HOTLINE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servicesCharityHotlineMayNotCall")
    void serviceCalledDirectlyRejectsTokenWithoutItsAudience(Service service) {
        Problems.assertUnauthorized(callWith(new Target(service, false), Tokens.of(Persona.CHARITY_HOTLINE)));
    }

    @AfterAll
    static void removeTheOtherRealm() {
        OtherRealm.delete();
    }

    @Test
    void serviceCalledDirectlyAcceptsTokenThatNamesItsAudience() {
        // The control for the test above: the same partner token is a valid credential where it is meant for.
        callWith(new Target(Service.REFERRALS, false), Tokens.of(Persona.CHARITY_HOTLINE))
                .statusCode(not(oneOf(401, 500, 502, 503, 504)));
    }

    private static ValidatableResponse callWith(Target target, String token) {
        return given().header("Authorization", "Bearer " + token)
                .get(target.baseUrl() + target.service().unknownRecordPath())
                .then();
    }
}
