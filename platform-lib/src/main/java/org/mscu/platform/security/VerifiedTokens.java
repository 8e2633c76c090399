package org.mscu.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that smallrye-jwt verified, so that a client reusing its access token (for its whole
 * lifetime, minutes) pays the RS256 check once per service. Keyed by SHA-256 of the whole token: a
 * token that differs in any byte is another key and is verified in full; raw tokens are never held
 * as keys. An entry lives until the instant the verifier would refuse the token ({@code exp} plus its
 * clock skew, or {@code iat} plus {@code mp.jwt.verify.token.age} when that is set; never longer) and
 * is checked against the clock on every hit. Failures are never remembered. Bounded by
 * {@code mscu.jwt.verified-cache.max-entries}; 0 disables it.
 *
 * <p>Key rotation: a token verified with a key that is later removed from the JWKS stays accepted
 * until its own expiry (Keycloak access tokens live minutes), as it would by a verifier that checked
 * it before the rotation.
 */
@Singleton
public class VerifiedTokens {

    /** A full verification: smallrye-jwt's parser. */
    @FunctionalInterface
    public interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private record Verified(JsonWebToken token, long validUntilMillis) {
    }

    private final Cache<String, Verified> cache;
    private final long skewSeconds;
    private final Long maxAgeSeconds;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokens(JWTAuthContextInfo verifier, MeterRegistry registry,
            @ConfigProperty(name = "mscu.jwt.verified-cache.max-entries", defaultValue = "10000") int maxEntries) {
        this(maxEntries, verifier, registry);
    }

    /** @param verifier the settings the tokens are verified with: its clock skew and maximum token age bound the entries */
    public VerifiedTokens(int maxEntries, JWTAuthContextInfo verifier, MeterRegistry registry) {
        // As smallrye-jwt's DefaultJWTTokenParser: the expiration grace period if set, else the clock skew.
        this.skewSeconds = verifier.getExpGracePeriodSecs() > 0 ? verifier.getExpGracePeriodSecs()
                : Math.max(0, verifier.getClockSkew());
        this.maxAgeSeconds = verifier.getTokenAge();
        this.cache = maxEntries <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, Verified>creating((key, entry) ->
                        Duration.ofMillis(Math.max(0, entry.validUntilMillis() - System.currentTimeMillis()))))
                .executor(Runnable::run)
                .build();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    /** The token as verified before if the verifier would still accept it now, else what {@code verification} makes of it. */
    public JsonWebToken parse(String token, Verification verification) throws ParseException {
        if (cache == null) {
            return verification.verify(token);
        }
        String key = key(token);
        Verified known = cache.getIfPresent(key);
        if (known != null) {
            if (System.currentTimeMillis() < known.validUntilMillis()) {
                hits.increment();
                return known.token();
            }
            cache.invalidate(key);
        }
        misses.increment();
        JsonWebToken verified = verification.verify(token);
        long validUntil = validUntilMillis(verified);
        if (System.currentTimeMillis() < validUntil) {
            cache.put(key, new Verified(verified, validUntil));
        }
        return verified;
    }

    /** Entries held now, after pending evictions; for tests. */
    long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    long skewSeconds() {
        return skewSeconds;
    }

    /** The verifier refuses once (now in whole seconds) - skew >= exp, or now - iat > max age. */
    private long validUntilMillis(JsonWebToken token) {
        long until = token.getExpirationTime() + skewSeconds;
        if (maxAgeSeconds != null) {
            until = Math.min(until, token.getIssuedAtTime() + maxAgeSeconds);
        }
        return until * 1000;
    }

    private static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("mscu.token.cache")
                .description("Bearer tokens found among the verified ones (hit) or verified in full (miss)")
                .tag("result", result)
                .register(registry);
    }
}
