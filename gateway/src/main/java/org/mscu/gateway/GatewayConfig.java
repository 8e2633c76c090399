package org.mscu.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the gateway can be told. Defaults live here and in application.properties;
 * docs/gateway.md lists every key with its environment variable.
 */
@ConfigMapping(prefix = "mscu.gateway")
public interface GatewayConfig {

    /** Upstreams by name; each serves the path prefixes listed (longest prefix wins, paths are not rewritten). */
    Map<String, Route> routes();

    Jwt jwt();

    Limits limits();

    Upstream upstream();

    Headers headers();

    RateLimit rateLimit();

    OpenApi openapi();

    interface Route {
        /** Path prefixes, matched on segment boundaries: {@code /api/v1/orders} matches {@code /api/v1/orders/1}, not {@code /api/v1/orders-x}. */
        List<String> prefixes();

        /**
         * Base URL of the upstream, e.g. {@code http://localhost:8081}; or the base URLs of several
         * instances of it, comma-separated, taken in turn (round robin, each with its own circuit breaker).
         */
        List<String> url();

        /** Methods the upstream serves; anything else is 405 at the gateway (OPTIONS preflights are answered by CORS). */
        @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE")
        List<String> methods();

        /** Longest wait for the upstream's response (headers, then between body chunks) before 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Extra attempts for idempotent methods when the upstream could not be reached. */
        @WithDefault("1")
        int retries();

        /** Whether this upstream's /q/openapi is merged into /openapi. */
        @WithDefault("true")
        boolean openapi();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {
        /** Consecutive failures (unreachable, timeout, 502/503/504) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before letting one probe through. */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface Jwt {
        /** Expected {@code iss}; also where the JWKS is found. */
        String issuer();

        /** JWKS URL; default {@code ${issuer}/protocol/openid-connect/certs}. */
        Optional<String> jwksUrl();

        /** A PEM public key (classpath or file) to trust instead of a JWKS; used by tests. */
        Optional<String> publicKeyLocation();

        /** How often the JWKS is refreshed; keys in memory stay in use when the refresh fails. */
        @WithDefault("10m")
        Duration jwksRefresh();

        /** Shortest time between two refreshes triggered by a token with an unknown key id. */
        @WithDefault("30s")
        Duration jwksMinRefresh();

        @WithDefault("30s")
        Duration clockSkew();

        VerifiedCache verifiedCache();
    }

    interface VerifiedCache {
        /**
         * Verified tokens remembered until the verifier would refuse them as expired, so that a client
         * reusing its token is not verified again; 0 verifies every request.
         */
        @WithDefault("10000")
        int maxEntries();
    }

    interface Limits {
        /** Largest request body; more is 413. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    interface Upstream {
        /** TCP connect timeout: an upstream that does not accept within it counts as down (503). */
        @WithDefault("1s")
        Duration connectTimeout();

        @WithDefault("50")
        int maxConnections();
    }

    interface Headers {
        /** {@code Strict-Transport-Security} value; empty disables it (local HTTP). */
        Optional<String> hsts();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Prefix of the Redis keys; tests make it unique per run. */
        @WithDefault("mscu:gateway:rl")
        String keyPrefix();

        /** How long a Redis call may take before the local bucket answers instead. */
        @WithDefault("500ms")
        Duration redisTimeout();

        /** After a Redis failure, how long to use local buckets before trying Redis again. */
        @WithDefault("5s")
        Duration redisRetryAfter();

        /** Limits for agencies not listed under {@code agencies}. */
        @WithName("default")
        Bucket defaults();

        /** Limits per agency (the token's {@code agency} claim), per client of that agency. */
        Map<String, Bucket> agencies();

        /**
         * Limits per client id (the token's {@code azp}), ahead of its agency's: e.g. one partner
         * system with a contract of its own.
         */
        Map<String, Bucket> clients();
    }

    interface Bucket {
        /** Requests a client may send at once (bucket size). */
        @WithDefault("100")
        int burst();

        /** Tokens added per second. */
        @WithDefault("20")
        double perSecond();
    }

    interface OpenApi {
        /** How often the services' documents are fetched again. */
        @WithDefault("60s")
        Duration refresh();

        @WithDefault("MSCU platform API")
        String title();

        @WithDefault("1.0.0")
        String version();
    }
}
