package org.mscu.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JWKS cache against a real HTTP JWKS endpoint that rotates keys and goes down. */
@QuarkusTest
class JwksCacheTest {

    @Inject
    Vertx vertx;

    private final AtomicReference<String> served = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private JwksCache cache;

    @AfterEach
    void stop() {
        if (cache != null) {
            cache.stop();
        }
        if (server != null) {
            await(server.close());
        }
    }

    @Test
    void keepsTheKnownKeysWhenTheJwksGoesDown() throws Exception {
        serve(jwks("k1"));
        cache = new JwksCache(vertx, url(), Duration.ofMinutes(10), Duration.ofMinutes(10));
        await(cache.refresh());
        await(server.close());
        server = null;
        Throwable failure = cache.refresh().toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get();
        assertNotNull(failure, "the JWKS is down");
        assertNotNull(cache.key("k1"));
    }

    @Test
    void picksUpARotatedKeyWhenATokenNamesAnUnknownOne() throws Exception {
        serve(jwks("k1"));
        cache = new JwksCache(vertx, url(), Duration.ofMinutes(10), Duration.ofMillis(0));
        await(cache.refresh());
        served.set(jwks("k2"));
        assertNull(cache.key("k2"));
        assertTrue(await(cache.refreshForUnknownKey()));
        assertNotNull(cache.key("k2"));
    }

    @Test
    void refetchesForUnknownKeysAtMostOncePerMinimumInterval() throws Exception {
        serve(jwks("k1"));
        cache = new JwksCache(vertx, url(), Duration.ofMinutes(10), Duration.ofMinutes(10));
        await(cache.refresh());
        for (int i = 0; i < 5; i++) {
            await(cache.refreshForUnknownKey());
        }
        assertEquals(1, fetches.get());
    }

    private void serve(String body) {
        served.set(body);
        server = await(vertx.createHttpServer().requestHandler(request -> {
            fetches.incrementAndGet();
            request.response().putHeader("Content-Type", "application/json").end(served.get());
        }).listen(0, "127.0.0.1"));
    }

    private String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/certs";
    }

    private static String jwks(String kid) throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        key.setUse("sig");
        return "{\"keys\":[" + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().join();
    }
}
