package org.mscu.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/**
 * The cache of verified tokens: through the endpoints (so through Quarkus' own verification, which
 * only reaches it if ArC applied the decorator), and in front of smallrye-jwt's parser configured as
 * the service is.
 */
@QuarkusTest
class VerifiedTokensTest {

    private static final String ENDPOINT = "/api/v1/probes/bounded?size=1";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    MeterRegistry registry;

    @Inject
    VerifiedTokens serviceCache;

    @Inject
    JWTAuthContextInfo verifierSettings;

    @Test
    void aTokenUsedAgainDoesNotReachTheParser() {
        String token = token(Persona.COORDINATOR).sign();
        double hits = count("hit");
        double misses = count("miss");

        status(token, 200);
        assertThat(count("miss")).isEqualTo(misses + 1);
        status(token, 200);

        assertThat(count("hit")).isEqualTo(hits + 1);
        assertThat(count("miss")).isEqualTo(misses + 1);
    }

    @Test
    void refusesATokenWithOneSignatureCharacterChangedAfterTheGenuineOneWasCached() {
        String token = token(Persona.COORDINATOR).sign();
        status(token, 200);
        status(token, 200);

        status(withSignatureCharacterChanged(token), 401);
    }

    @Test
    void refusesACachedTokenOnceTheVerifierWouldRefuseItAsExpired() {
        // Past its exp already, but inside the clock skew: accepted, and good for a few seconds more.
        String token = token(Persona.COORDINATOR)
                .issuedAt(Instant.now().minus(LIFETIME).minusSeconds(serviceCache.skewSeconds()).plusSeconds(5))
                .lifetime(LIFETIME).sign();
        status(token, 200);
        double hits = count("hit");
        status(token, 200);
        assertThat(count("hit")).isEqualTo(hits + 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", "Bearer " + token).when().get(ENDPOINT).statusCode() == 401);

        double misses = count("miss");
        status(token, 401);
        assertThat(count("miss")).isEqualTo(misses + 1);
    }

    @Test
    void verifiesOnceWhileTheTokenIsValid() throws ParseException {
        CountingParser parser = new CountingParser();
        VerifiedTokens cache = cache(100);
        String token = token(Persona.AUDITOR).sign();

        JsonWebToken first = cache.parse(token, parser);
        JsonWebToken second = cache.parse(token, parser);

        assertThat(parser.calls.get()).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo(Persona.AUDITOR.subject());
    }

    @Test
    void neverRemembersARefusal() {
        CountingParser parser = new CountingParser();
        VerifiedTokens cache = cache(100);
        String foreign = token(Persona.COORDINATOR).signWithForeignKey();

        assertThatThrownBy(() -> cache.parse(foreign, parser)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse(foreign, parser)).isInstanceOf(ParseException.class);

        assertThat(parser.calls.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void holdsNoMoreThanMaxEntries() throws ParseException {
        CountingParser parser = new CountingParser();
        VerifiedTokens cache = cache(3);
        for (Persona persona : Persona.values()) {
            cache.parse(token(persona).sign(), parser);
        }
        assertThat(cache.size()).isBetween(1L, 3L);
    }

    @Test
    void verifiesEveryTimeWhenMaxEntriesIsZero() throws ParseException {
        CountingParser parser = new CountingParser();
        VerifiedTokens cache = cache(0);
        String token = token(Persona.COORDINATOR).sign();

        cache.parse(token, parser);
        cache.parse(token, parser);

        assertThat(parser.calls.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    /** smallrye-jwt's parser with the service's settings, outside CDI (so not decorated), counting its calls. */
    private final class CountingParser implements VerifiedTokens.Verification {
        private final DefaultJWTParser parser = new DefaultJWTParser(verifierSettings);
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public JsonWebToken verify(String token) throws ParseException {
            calls.incrementAndGet();
            return parser.parse(token);
        }
    }

    private VerifiedTokens cache(int maxEntries) {
        return new VerifiedTokens(maxEntries, verifierSettings, new SimpleMeterRegistry());
    }

    private double count(String result) {
        return registry.counter("mscu.token.cache", "result", result).count();
    }

    private static TestTokens token(Persona persona) {
        return TestTokens.as(persona).audience(Samples.AUDIENCE);
    }

    private static void status(String token, int status) {
        given().header("Authorization", "Bearer " + token).when().get(ENDPOINT).then().statusCode(status);
    }

    /** One character in the middle of the signature (not the last, whose low bits may be padding). */
    private static String withSignatureCharacterChanged(String token) {
        int signature = token.lastIndexOf('.') + 1;
        int at = signature + (token.length() - signature) / 2;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }
}
