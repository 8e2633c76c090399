package org.mscu.gateway.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.correlation.CallerInfo;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** The cache of verified tokens, in front of the real verifier and the realm's (test) keys. */
@QuarkusTest
class VerifiedTokensTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    GatewayConfig config;

    @Inject
    SigningKeys keys;

    @Inject
    MeterRegistry applicationMeters;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aReusedTokenIsTakenFromTheCacheAndNamesTheSameCaller() {
        TokenVerifier verifier = verifier(cache(100));
        String token = TestTokens.as(Persona.LA_CASE_SYSTEM).sign();

        CallerInfo first = accepted(verifier, token);
        CallerInfo second = accepted(verifier, token);

        assertEquals(new CallerInfo("la-case-system", "manchester-city-council"), first);
        assertEquals(first, second);
        assertEquals(1, count("miss"));
        assertEquals(1, count("hit"));
    }

    @Test
    void refusesATokenWithOneSignatureByteChangedAfterTheGenuineOneWasCached() {
        TokenVerifier verifier = verifier(cache(100));
        String token = TestTokens.as(Persona.COORDINATOR).sign();
        accepted(verifier, token);

        assertEquals("Token is invalid", refused(verifier, withSignatureCharacterChanged(token)));
        assertEquals(2, count("miss"));
        assertEquals(0, count("hit"));
    }

    @Test
    void refusesACachedTokenOnceTheVerifierWouldRefuseItAsExpired() {
        VerifiedTokens cache = cache(100);
        TokenVerifier verifier = verifier(cache);
        // Past its exp already, but inside the clock skew: accepted, and good for a few seconds more.
        Duration skew = config.jwt().clockSkew();
        String token = TestTokens.as(Persona.COORDINATOR)
                .issuedAt(Instant.now().minus(LIFETIME).minus(skew).plusSeconds(5)).lifetime(LIFETIME).sign();
        accepted(verifier, token);
        accepted(verifier, token);
        assertEquals(1, count("hit"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> verifier.verify(token).toCompletionStage().toCompletableFuture().handle((ok, error) -> error != null).join());

        assertEquals("Token has expired", refused(verifier, token));
        assertEquals(0, cache.size());
    }

    @Test
    void neverRemembersARefusal() {
        VerifiedTokens cache = cache(100);
        TokenVerifier verifier = verifier(cache);
        String foreign = TestTokens.as(Persona.COORDINATOR).signWithForeignKey();

        refused(verifier, foreign);
        refused(verifier, foreign);

        assertEquals(2, count("miss"));
        assertEquals(0, cache.size());
    }

    @Test
    void holdsNoMoreThanMaxEntries() {
        VerifiedTokens cache = cache(3);
        TokenVerifier verifier = verifier(cache);
        for (Persona persona : Persona.values()) {
            accepted(verifier, TestTokens.as(persona).sign());
        }
        assertTrue(cache.size() <= 3, "entries: " + cache.size());
    }

    @Test
    void verifiesEveryTimeWhenMaxEntriesIsZero() {
        VerifiedTokens cache = cache(0);
        TokenVerifier verifier = verifier(cache);
        String token = TestTokens.as(Persona.COORDINATOR).sign();

        accepted(verifier, token);
        accepted(verifier, token);

        assertEquals(0, count("hit"));
        assertEquals(0, cache.size());
    }

    @Test
    void theGatewayTakesAReusedTokenFromTheCache() {
        String token = TestTokens.as(Persona.LA_CASE_SYSTEM).bearer();
        given().header("Authorization", token).when().get("/api/v1/referrals").then().statusCode(200);
        double hits = applicationMeters.counter("mscu.gateway.token.cache", "result", "hit").count();

        given().header("Authorization", token).when().get("/api/v1/referrals").then().statusCode(200);

        assertEquals(hits + 1, applicationMeters.counter("mscu.gateway.token.cache", "result", "hit").count());
    }

    private VerifiedTokens cache(int maxEntries) {
        return new VerifiedTokens(maxEntries, config.jwt().clockSkew(), meters);
    }

    private TokenVerifier verifier(VerifiedTokens cache) {
        return new TokenVerifier(config, keys, cache);
    }

    private double count(String result) {
        return meters.counter("mscu.gateway.token.cache", "result", result).count();
    }

    private static CallerInfo accepted(TokenVerifier verifier, String token) {
        return verifier.verify(token).toCompletionStage().toCompletableFuture().join();
    }

    private static String refused(TokenVerifier verifier, String token) {
        Future<CallerInfo> result = verifier.verify(token);
        Throwable error = result.toCompletionStage().toCompletableFuture().handle((ok, failure) -> failure).join();
        assertTrue(error instanceof TokenVerifier.Rejected, "refused: " + error);
        return error.getMessage();
    }

    /** One character in the middle of the signature (not the last, whose low bits may be padding). */
    private static String withSignatureCharacterChanged(String token) {
        int signature = token.lastIndexOf('.') + 1;
        int at = signature + (token.length() - signature) / 2;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }
}
