package org.mscu.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signs test tokens shaped like the realm's (agency claim, realm roles, audience) with the test
 * key that services trust in the test profile. Build one per request:
 * {@code TestTokens.as(Persona.COORDINATOR).audience("referral-service").sign()}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.mscu.local/realms/mscu";

    private final Persona persona;
    private List<String> audiences = List.of();
    private String issuer = ISSUER;
    private Instant issuedAt = Instant.now();
    private Duration lifetime = Duration.ofMinutes(5);
    private String agencyOverride;

    private TestTokens(Persona persona) {
        this.persona = persona;
    }

    public static TestTokens as(Persona persona) {
        return new TestTokens(persona);
    }

    public TestTokens audience(String... audiences) {
        this.audiences = List.of(audiences);
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public TestTokens lifetime(Duration lifetime) {
        this.lifetime = lifetime;
        return this;
    }

    public TestTokens agency(String agency) {
        this.agencyOverride = agency;
        return this;
    }

    public String sign() {
        return claims().jws().keyId("test-key").sign(privateKey("test-keys/privateKey.pem"));
    }

    /** The same claims signed by a key the services never trusted. */
    public String signWithForeignKey() {
        return claims().jws().keyId("test-key").sign(privateKey("test-keys/foreignPrivateKey.pem"));
    }

    /** The bearer header value for REST Assured. */
    public String bearer() {
        return "Bearer " + sign();
    }

    private JwtClaimsBuilder claims() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(persona.subject())
                .claim("preferred_username", persona.username())
                .claim("azp", persona.clientId())
                .claim("agency", agencyOverride != null ? agencyOverride : persona.agency())
                .claim("realm_access", Map.of("roles", List.copyOf(persona.roles())))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime));
        if (!audiences.isEmpty()) {
            claims.audience(new java.util.HashSet<>(audiences));
        }
        return claims;
    }

    private static PrivateKey privateKey(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read test key " + resource, e);
        }
    }
}
