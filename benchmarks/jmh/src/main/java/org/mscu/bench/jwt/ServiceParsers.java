package org.mscu.bench.jwt;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import java.util.Set;
import org.mscu.platform.security.VerifiedTokens;

/**
 * smallrye-jwt configured as platform-lib's microprofile-config.properties configures every service, and
 * platform-lib's cache of verified tokens, which its CDI decorator puts in front of {@code JWTParser.parse}.
 */
final class ServiceParsers {

    private ServiceParsers() {
    }

    static DefaultJWTParser of(String issuer, String audience, String jwks) {
        return new DefaultJWTParser(settings(issuer, audience, jwks));
    }

    /** The cache with the default bound, judging expiry with the same settings as the parser. */
    static VerifiedTokens cache(String issuer, String audience, String jwks) {
        return new VerifiedTokens(10_000, settings(issuer, audience, jwks), new SimpleMeterRegistry());
    }

    private static JWTAuthContextInfo settings(String issuer, String audience, String jwks) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setIssuedBy(issuer);
        info.setPublicKeyContent(jwks);
        info.setExpectedAudience(Set.of(audience));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setGroupsPath("realm_access/roles");
        info.setMaxTimeToLiveSecs(3600L);
        return info;
    }
}
