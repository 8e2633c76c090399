package org.mscu.bench.jwt;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mscu.gateway.correlation.CallerInfo;
import org.mscu.gateway.security.TokenVerifier;
import org.mscu.platform.security.VerifiedTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of checking one real Keycloak access token (RS256), single-threaded, so the average time is
 * CPU time: once by the gateway's own {@link TokenVerifier} (jose4j) and once by smallrye-jwt as every
 * service is configured (platform-lib: issuer, audience, RS256, groups path, JWKS keys). Each twice:
 * on the token's first use, verified in full ({@code gatewayVerifies}, {@code serviceVerifies}: the
 * gateway's cache off, the bare parser), and on every later request with the same token, answered by
 * the cache of verified tokens ({@code ...ReusedToken}: SHA-256 of the token, a lookup, a clock check).
 * benchmarks/run.sh passes the token and the realm's JWKS as files ({@code -Dbench.token},
 * {@code -Dbench.jwks}); the token must still be valid while this runs (Keycloak's lifespan is 5 minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {

    private String token;
    private TokenVerifier gateway;
    private TokenVerifier gatewayWithCache;
    private DefaultJWTParser service;
    private VerifiedTokens serviceCache;

    @Setup
    public void setUp() throws IOException, ParseException {
        token = read("bench.token");
        String jwks = read("bench.jwks");
        String issuer = System.getProperty("bench.issuer", "http://localhost:8180/realms/mscu");
        String audience = System.getProperty("bench.audience", "referral-service");
        gateway = GatewayVerifiers.of(issuer, jwks, 0);
        gatewayWithCache = GatewayVerifiers.of(issuer, jwks, 10_000);
        service = ServiceParsers.of(issuer, audience, jwks);
        serviceCache = ServiceParsers.cache(issuer, audience, jwks);
        // Refuse to measure a failure path: all must accept the token now (this also fills the caches).
        gatewayVerifies();
        gatewayVerifiesReusedToken();
        serviceVerifies();
        serviceVerifiesReusedToken();
    }

    @Benchmark
    public CallerInfo gatewayVerifies() {
        return accepted(gateway);
    }

    @Benchmark
    public CallerInfo gatewayVerifiesReusedToken() {
        return accepted(gatewayWithCache);
    }

    @Benchmark
    public JsonWebToken serviceVerifies() throws ParseException {
        return service.parse(token);
    }

    @Benchmark
    public JsonWebToken serviceVerifiesReusedToken() throws ParseException {
        return serviceCache.parse(token, service::parse);
    }

    private CallerInfo accepted(TokenVerifier verifier) {
        var result = verifier.verify(token);
        if (result.failed()) {
            throw new IllegalStateException("the gateway refused the token: " + result.cause().getMessage());
        }
        return result.result();
    }

    private static String read(String property) throws IOException {
        String file = System.getProperty(property);
        if (file == null) {
            throw new IllegalStateException("-D" + property + "=<file> is required");
        }
        return Files.readString(Path.of(file)).strip();
    }
}
