package org.mscu.bench.jwt;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import java.util.Set;

/** smallrye-jwt configured as platform-lib's microprofile-config.properties configures every service. */
final class ServiceParsers {

    private ServiceParsers() {
    }

    static DefaultJWTParser of(String issuer, String audience, String jwks) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setIssuedBy(issuer);
        info.setPublicKeyContent(jwks);
        info.setExpectedAudience(Set.of(audience));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setGroupsPath("realm_access/roles");
        info.setMaxTimeToLiveSecs(3600L);
        return new DefaultJWTParser(info);
    }
}
