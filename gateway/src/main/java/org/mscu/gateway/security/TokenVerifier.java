package org.mscu.gateway.security;

import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PublicKey;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.correlation.CallerInfo;

/**
 * Checks a bearer token: RS256 signature by a realm key, issuer, expiry (with clock skew).
 * Audience is left to the services, which each require their own. {@code alg: none}, HMAC and
 * any other algorithm are refused before a key is looked at. A token that passed is remembered
 * ({@link VerifiedTokens}) until it would be refused as expired, so a client reusing it is not checked again.
 */
@ApplicationScoped
public class TokenVerifier {

    /** Why a token was refused: safe to tell the caller. */
    public static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private final SigningKeys keys;
    private final VerifiedTokens verified;
    private final JwtConsumer consumer;

    public TokenVerifier(GatewayConfig config, SigningKeys keys, VerifiedTokens verified) {
        this.keys = keys;
        this.verified = verified;
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds((int) config.jwt().clockSkew().toSeconds())
                .setExpectedIssuer(true, config.jwt().issuer())
                .setSkipDefaultAudienceValidation()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nested) -> {
                    PublicKey key = keys.key(jws.getKeyIdHeaderValue());
                    if (key == null) {
                        throw new UnresolvableKeyException("unknown key id");
                    }
                    return key;
                })
                .build();
    }

    /** The caller the token names (client id and agency), or a failed future with {@link Rejected}. */
    public Future<CallerInfo> verify(String token) {
        return verified.verify(token, this::verifyInFull);
    }

    private Future<VerifiedTokens.Verification> verifyInFull(String token) {
        if (!AlgorithmIdentifiers.RSA_USING_SHA256.equals(algorithm(token))) {
            return Future.failedFuture(new Rejected("Token is invalid"));
        }
        try {
            return accepted(consumer.processToClaims(token));
        } catch (InvalidJwtException e) {
            if (unknownKey(e)) {
                return keys.refreshForUnknownKey().compose(refreshed -> {
                    if (!refreshed) {
                        return Future.failedFuture(new Rejected("Token is not signed by a key of the realm"));
                    }
                    try {
                        return accepted(consumer.processToClaims(token));
                    } catch (InvalidJwtException again) {
                        return Future.failedFuture(rejection(again));
                    }
                });
            }
            return Future.failedFuture(rejection(e));
        }
    }

    /** Only what the gateway uses downstream (rate limits, access log) and how long the token is good for. */
    private static Future<VerifiedTokens.Verification> accepted(JwtClaims claims) {
        try {
            return Future.succeededFuture(new VerifiedTokens.Verification(
                    new CallerInfo(claim(claims, "azp"), claim(claims, "agency")), claims.getExpirationTime().getValue()));
        } catch (MalformedClaimException e) {
            // the consumer has already required a numeric exp
            return Future.failedFuture(new Rejected("Token is invalid"));
        }
    }

    private static String claim(JwtClaims claims, String name) {
        Object value = claims.getClaimValue(name);
        return value instanceof String s && !s.isBlank() ? s : "-";
    }

    /** The {@code alg} of the JOSE header, read before anything else so that no other algorithm gets further. */
    private static String algorithm(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            String header = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    java.nio.charset.StandardCharsets.UTF_8);
            Object alg = org.jose4j.json.JsonUtil.parseJson(header).get("alg");
            return alg instanceof String s ? s : null;
        } catch (IllegalArgumentException | org.jose4j.lang.JoseException e) {
            return null;
        }
    }

    private static boolean unknownKey(InvalidJwtException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvableKeyException) {
                return true;
            }
        }
        return false;
    }

    private static Rejected rejection(InvalidJwtException e) {
        if (e.hasExpired()) {
            return new Rejected("Token has expired");
        }
        if (unknownKey(e)) {
            return new Rejected("Token is not signed by a key of the realm");
        }
        return new Rejected("Token is invalid");
    }
}
