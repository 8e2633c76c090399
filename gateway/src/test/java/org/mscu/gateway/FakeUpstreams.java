package org.mscu.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.mscu.platform.testing.TestTokens;

/**
 * Real upstreams for the gateway under test: two small Vert.x HTTP servers ("alpha" and "beta")
 * that echo what reached them and serve an OpenAPI document, alpha also the realm's JWKS with the
 * test public key. More ports are reserved with nothing listening: an upstream that is down (and
 * a second one, for a route whose instances are all down), and one a test brings up itself ("flaky").
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final String RATE_LIMITED_AGENCY = "rate-test";
    public static final int RATE_LIMIT_BURST = 3;
    /** A client with a limit of its own, smaller than its agency's default. */
    public static final String RATE_LIMITED_CLIENT = "immigration-system";
    public static final int CLIENT_BURST = 2;
    public static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Routes with two instances: alpha and beta; a port with nothing listening and beta; two such ports. */
    public static final String PAIR = "/api/v1/pair";
    public static final String HALF_DOWN = "/api/v1/half-down";
    public static final String ALL_DOWN = "/api/v1/all-down";

    private final Map<String, Integer> hits = new java.util.concurrent.ConcurrentHashMap<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String jwks = jwks();
        int alpha = listen("alpha", jwks);
        int beta = listen("beta", jwks);
        int down = freePort();
        int flaky = freePort();
        Map<String, String> config = new HashMap<>();
        config.put("mscu.gateway.routes.referral.url", "http://127.0.0.1:" + alpha);
        config.put("mscu.gateway.routes.orders.url", "http://127.0.0.1:" + alpha);
        config.put("mscu.gateway.routes.victim.url", "http://127.0.0.1:" + beta);
        config.put("mscu.gateway.routes.accommodation.url", "http://127.0.0.1:" + down);
        config.put("mscu.gateway.routes.slow.url", "http://127.0.0.1:" + alpha);
        config.put("mscu.gateway.routes.slow.prefixes", "/api/v1/slow");
        config.put("mscu.gateway.routes.slow.timeout", "300ms");
        config.put("mscu.gateway.routes.slow.openapi", "false");
        config.put("mscu.gateway.routes.slow.circuit-breaker.failure-threshold", "1000");
        config.put("mscu.gateway.routes.readonly.url", "http://127.0.0.1:" + beta);
        config.put("mscu.gateway.routes.readonly.prefixes", "/api/v1/readonly");
        config.put("mscu.gateway.routes.readonly.methods", "GET,HEAD");
        config.put("mscu.gateway.routes.readonly.openapi", "false");
        config.put("mscu.gateway.routes.flaky.url", "http://127.0.0.1:" + flaky);
        config.put("mscu.gateway.routes.flaky.prefixes", "/api/v1/flaky");
        config.put("mscu.gateway.routes.flaky.openapi", "false");
        config.put("mscu.gateway.routes.flaky.retries", "0");
        config.put("mscu.gateway.routes.flaky.circuit-breaker.failure-threshold", "2");
        config.put("mscu.gateway.routes.flaky.circuit-breaker.open-duration", "1s");
        // Routes of several instances: both serving, one of two down, both down.
        int alsoDown = freePort();
        for (String route : new String[] {"declining", "overloaded"}) {
            config.put("mscu.gateway.routes." + route + ".url", "http://127.0.0.1:" + alpha);
            config.put("mscu.gateway.routes." + route + ".prefixes", "/api/v1/" + route);
            config.put("mscu.gateway.routes." + route + ".openapi", "false");
            config.put("mscu.gateway.routes." + route + ".retries", "0");
            config.put("mscu.gateway.routes." + route + ".circuit-breaker.failure-threshold", "2");
            config.put("mscu.gateway.routes." + route + ".circuit-breaker.open-duration", "30s");
        }
        config.put("mscu.gateway.routes.pair.url", "http://127.0.0.1:" + alpha + ", http://127.0.0.1:" + beta);
        config.put("mscu.gateway.routes.pair.prefixes", PAIR);
        config.put("mscu.gateway.routes.pair.openapi", "false");
        config.put("mscu.gateway.routes.half-down.url", "http://127.0.0.1:" + down + ",http://127.0.0.1:" + beta);
        config.put("mscu.gateway.routes.half-down.prefixes", HALF_DOWN);
        config.put("mscu.gateway.routes.half-down.openapi", "false");
        config.put("mscu.gateway.routes.half-down.retries", "0");
        config.put("mscu.gateway.routes.half-down.circuit-breaker.failure-threshold", "2");
        config.put("mscu.gateway.routes.all-down.url", "http://127.0.0.1:" + down + ",http://127.0.0.1:" + alsoDown);
        config.put("mscu.gateway.routes.all-down.prefixes", ALL_DOWN);
        config.put("mscu.gateway.routes.all-down.openapi", "false");
        config.put("mscu.gateway.routes.all-down.circuit-breaker.failure-threshold", "2");
        config.put("mscu.gateway.routes.all-down.circuit-breaker.open-duration", "30s");
        config.put("quarkus.redis.unreachable.hosts", "redis://127.0.0.1:" + freePort());
        config.put("mscu.gateway.headers.hsts", HSTS);
        config.put("mscu.gateway.jwt.issuer", TestTokens.ISSUER);
        config.put("mscu.gateway.jwt.jwks-url", "http://127.0.0.1:" + alpha + "/realms/mscu/protocol/openid-connect/certs");
        // a loaded build machine must not turn a slow Redis answer into the local fallback mid-test
        config.put("mscu.gateway.rate-limit.redis-timeout", "3s");
        config.put("mscu.gateway.rate-limit.key-prefix", "mscu-test:" + UUID.randomUUID());
        config.put("mscu.gateway.rate-limit.agencies." + RATE_LIMITED_AGENCY + ".burst", Integer.toString(RATE_LIMIT_BURST));
        config.put("mscu.gateway.rate-limit.agencies." + RATE_LIMITED_AGENCY + ".per-second", "0.01");
        config.put("mscu.gateway.rate-limit.clients." + RATE_LIMITED_CLIENT + ".burst", Integer.toString(CLIENT_BURST));
        config.put("mscu.gateway.rate-limit.clients." + RATE_LIMITED_CLIENT + ".per-second", "0.01");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private int listen(String name, String jwks) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(name, jwks, request));
        return await(server.listen(0)).actualPort();
    }

    private void handle(String name, String jwks, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/realms/mscu/protocol/openid-connect/certs")) {
            request.response().putHeader("Content-Type", "application/json").end(jwks);
        } else if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(OpenApiDocuments.of(name).encode());
        } else if (path.startsWith("/q/health")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
        } else if (path.startsWith("/__hits/")) {
            request.response().end(Integer.toString(hits.getOrDefault(path.substring("/__hits/".length()), 0)));
        } else if (path.endsWith("/hang-up")) {
            hits.merge(String.valueOf(request.getHeader("X-Request-Id")), 1, Integer::sum);
            request.connection().close();
        } else if (path.endsWith("/retry-later")) {
            // A service whose database is away: it answers at once, and says when to try again.
            request.response().setStatusCode(503).putHeader("Retry-After", "2").putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":503,\"code\":\"DATABASE_UNAVAILABLE\"}");
        } else if (path.endsWith("/unavailable")) {
            request.response().setStatusCode(503).end();
        } else if (path.endsWith("/created")) {
            request.response().setStatusCode(201)
                    .putHeader("Location", "http://" + request.authority() + "/api/v1/referrals/123").end();
        } else if (path.endsWith("/replayed")) {
            request.response().setStatusCode(201).putHeader("Location", "/api/v1/referrals/123")
                    .putHeader("ETag", "\"0\"").putHeader("Idempotency-Replayed", "true").end();
        } else if (path.startsWith("/api/v1/slow")) {
            vertx.setTimer(5_000, id -> request.response().end());
        } else {
            request.body().onSuccess(body -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .end(echo(name, request, body.length()).encode()));
        }
    }

    private static JsonObject echo(String name, HttpServerRequest request, int bodyLength) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        return new JsonObject()
                .put("server", name)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("bodyLength", bodyLength);
    }

    private static String jwks() {
        try (InputStream in = FakeUpstreams.class.getClassLoader().getResourceAsStream("test-keys/publicKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RsaJsonWebKey jwk = new RsaJsonWebKey(key);
            jwk.setKeyId("test-key");
            jwk.setUse("sig");
            jwk.setAlgorithm("RS256");
            return "{\"keys\":[" + jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the test JWKS", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().join();
    }
}
