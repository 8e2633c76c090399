package org.mscu.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.correlation.CallerInfo;

/**
 * Tokens that passed full verification, so that a client reusing its access token (for its whole
 * lifetime, minutes) pays the RS256 check once. Keyed by SHA-256 of the whole token: a token that
 * differs in any byte is another key and is verified in full; raw tokens are never held as keys.
 * An entry lives until the instant the verifier would refuse the token as expired ({@code exp} +
 * clock skew, never longer) and is checked against the clock on every hit. Failures are never
 * remembered. Bounded by {@code mscu.gateway.jwt.verified-cache.max-entries}; 0 disables it.
 *
 * <p>Key rotation: a token verified with a key that is later removed from the JWKS stays accepted
 * until its own expiry (Keycloak access tokens live minutes), as it would be by any verifier that
 * checked it before the rotation.
 */
@Singleton
public class VerifiedTokens {

    private record Verified(CallerInfo caller, long validUntilMillis) {
    }

    private final Cache<String, Verified> cache;
    private final long skewSeconds;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokens(GatewayConfig config, MeterRegistry registry) {
        this(config.jwt().verifiedCache().maxEntries(), config.jwt().clockSkew(), registry);
    }

    /** @param skew the verifier's allowed clock skew: how long after {@code exp} it still accepts a token */
    public VerifiedTokens(int maxEntries, Duration skew, MeterRegistry registry) {
        this.skewSeconds = skew.toSeconds();
        this.cache = maxEntries <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, Verified>creating((key, entry) ->
                        Duration.ofMillis(Math.max(0, entry.validUntilMillis() - System.currentTimeMillis()))))
                .executor(Runnable::run)
                .build();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    /** The caller of a token verified before and still valid, else what {@code verification} makes of it. */
    Future<CallerInfo> verify(String token, Function<String, Future<Verification>> verification) {
        if (cache == null) {
            return verification.apply(token).map(Verification::caller);
        }
        String key = key(token);
        Verified known = cache.getIfPresent(key);
        if (known != null) {
            if (System.currentTimeMillis() < known.validUntilMillis()) {
                hits.increment();
                return Future.succeededFuture(known.caller());
            }
            cache.invalidate(key);
        }
        misses.increment();
        return verification.apply(token).map(verified -> {
            long validUntil = (verified.expiresAtSeconds() + skewSeconds) * 1000;
            if (System.currentTimeMillis() < validUntil) {
                cache.put(key, new Verified(verified.caller(), validUntil));
            }
            return verified.caller();
        });
    }

    /** What a full verification found: the caller and the token's {@code exp} (seconds since the epoch). */
    record Verification(CallerInfo caller, long expiresAtSeconds) {
    }

    /** Entries held now, after pending evictions; for tests. */
    long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("mscu.gateway.token.cache")
                .description("Bearer tokens found among the verified ones (hit) or verified in full (miss)")
                .tag("result", result)
                .register(registry);
    }
}
