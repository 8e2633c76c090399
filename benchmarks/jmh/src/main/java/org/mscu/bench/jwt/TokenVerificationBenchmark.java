package org.mscu.bench.jwt;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.mscu.gateway.security.TokenVerifier;
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
 * service is configured (platform-lib: issuer, audience, RS256, groups path, JWKS keys).
 * benchmarks/run.sh passes the token and the realm's JWKS as files ({@code -Dbench.token},
 * {@code -Dbench.jwks}); the token must still be valid while this runs (Keycloak's lifespan is 5 minutes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {

    private String token;
    private TokenVerifier gateway;
    private DefaultJWTParser service;

    @Setup
    public void setUp() throws IOException, ParseException {
        token = read("bench.token");
        String jwks = read("bench.jwks");
        String issuer = System.getProperty("bench.issuer", "http://localhost:8180/realms/mscu");
        gateway = GatewayVerifiers.of(issuer, jwks);
        service = ServiceParsers.of(issuer, System.getProperty("bench.audience", "referral-service"), jwks);
        // Refuse to measure a failure path: both must accept the token now.
        gatewayVerifies();
        serviceVerifies();
    }

    @Benchmark
    public JwtClaims gatewayVerifies() {
        var result = gateway.verify(token);
        if (result.failed()) {
            throw new IllegalStateException("the gateway refused the token: " + result.cause().getMessage());
        }
        return result.result();
    }

    @Benchmark
    public JsonWebToken serviceVerifies() throws ParseException {
        return service.parse(token);
    }

    private static String read(String property) throws IOException {
        String file = System.getProperty(property);
        if (file == null) {
            throw new IllegalStateException("-D" + property + "=<file> is required");
        }
        return Files.readString(Path.of(file)).strip();
    }
}
