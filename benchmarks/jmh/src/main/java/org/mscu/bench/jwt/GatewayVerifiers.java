package org.mscu.bench.jwt;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.security.SigningKeys;
import org.mscu.gateway.security.TokenVerifier;
import org.mscu.gateway.security.VerifiedTokens;

/**
 * The gateway's {@link TokenVerifier} outside Quarkus: its configuration defaults, keys from a JWKS document,
 * and its cache of verified tokens holding up to {@code cacheEntries} (0: every token verified in full).
 */
final class GatewayVerifiers {

    private GatewayVerifiers() {
    }

    static TokenVerifier of(String issuer, String jwks, int cacheEntries) {
        GatewayConfig config = config(issuer);
        Map<String, PublicKey> keys = rsaKeys(jwks);
        SigningKeys signingKeys = new SigningKeys(config, null) {
            @Override
            public PublicKey key(String kid) {
                return kid == null ? null : keys.get(kid);
            }
        };
        return new TokenVerifier(config, signingKeys,
                new VerifiedTokens(cacheEntries, config.jwt().clockSkew(), new SimpleMeterRegistry()));
    }

    /** Keys by kid, as the gateway's JWKS cache holds them. */
    private static Map<String, PublicKey> rsaKeys(String jwks) {
        try {
            Map<String, PublicKey> keys = new HashMap<>();
            for (JsonWebKey key : new JsonWebKeySet(jwks).getJsonWebKeys()) {
                if (key instanceof RsaJsonWebKey rsa && !"enc".equals(key.getUse())) {
                    keys.put(key.getKeyId(), rsa.getRsaPublicKey());
                }
            }
            return keys;
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a JWKS document", e);
        }
    }

    /** Only what the verifier reads: issuer, clock skew (the default 30 s), no fixed key. */
    private static GatewayConfig config(String issuer) {
        GatewayConfig.Jwt jwt = (GatewayConfig.Jwt) Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.Jwt.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "issuer" -> issuer;
                    case "clockSkew" -> Duration.ofSeconds(30);
                    case "jwksUrl", "publicKeyLocation" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (GatewayConfig) Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("jwt")) {
                        return jwt;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
