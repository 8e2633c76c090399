package org.mscu.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * A realm's signing keys fetched from its JWKS and held in memory. A failed fetch keeps the keys
 * already known, so tokens issued before Keycloak went down keep working; {@link #refreshForUnknownKey()}
 * refetches at most once per {@code minRefresh} (key rotation without letting forged key ids hammer
 * Keycloak).
 */
public final class JwksCache {

    private static final Logger LOG = Logger.getLogger(JwksCache.class);
    private static final Duration RETRY_WHEN_EMPTY = Duration.ofSeconds(5);

    private final Vertx vertx;
    private final WebClient client;
    private final String url;
    private final Duration refreshEvery;
    private final Duration minRefresh;
    private final AtomicReference<Map<String, PublicKey>> byKid = new AtomicReference<>(Map.of());
    private volatile long lastFetchStarted = Long.MIN_VALUE / 2;
    private volatile Future<Void> inFlight;
    private volatile boolean failing;
    private long timerId = -1;

    public JwksCache(Vertx vertx, String url, Duration refreshEvery, Duration minRefresh) {
        this.vertx = vertx;
        this.url = url;
        this.refreshEvery = refreshEvery;
        this.minRefresh = minRefresh;
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000).setMaxPoolSize(2));
    }

    /** Fetches now, then every {@code refreshEvery} (every few seconds while no key is known yet). */
    public void start() {
        scheduleAfter(refresh());
    }

    public void stop() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        client.close();
    }

    public PublicKey key(String kid) {
        return kid == null ? null : byKid.get().get(kid);
    }

    public int size() {
        return byKid.get().size();
    }

    /** True when a refetch happened (or was under way) and succeeded. */
    public Future<Boolean> refreshForUnknownKey() {
        if (System.nanoTime() - lastFetchStarted < minRefresh.toNanos()) {
            Future<Void> pending = inFlight;
            return pending == null ? Future.succeededFuture(false) : pending.map(true).otherwise(false);
        }
        return refresh().map(true).otherwise(false);
    }

    public synchronized Future<Void> refresh() {
        lastFetchStarted = System.nanoTime();
        Promise<Void> done = Promise.promise();
        inFlight = done.future();
        client.getAbs(url).timeout(5000).send()
                .compose(response -> response.statusCode() == 200
                        ? Future.succeededFuture(response.bodyAsString(StandardCharsets.UTF_8.name()))
                        : Future.failedFuture("JWKS answered " + response.statusCode()))
                .map(body -> parse(body == null ? "" : body))
                .onSuccess(keys -> {
                    byKid.set(keys);
                    if (failing) {
                        LOG.infof("JWKS %s reachable again: %d signing keys", url, keys.size());
                    }
                    failing = false;
                    done.complete();
                })
                .onFailure(error -> {
                    if (!failing) {
                        LOG.warnf("JWKS fetch from %s failed (%s); keeping %d known keys and retrying", url,
                                error.getMessage(), byKid.get().size());
                    }
                    failing = true;
                    done.fail(error);
                });
        return done.future();
    }

    private void scheduleAfter(Future<Void> fetch) {
        fetch.onComplete(result -> {
            Duration next = byKid.get().isEmpty() ? RETRY_WHEN_EMPTY : refreshEvery;
            timerId = vertx.setTimer(Math.max(1, next.toMillis()), id -> scheduleAfter(refresh()));
        });
    }

    private static Map<String, PublicKey> parse(String json) {
        try {
            List<JsonWebKey> keys = new JsonWebKeySet(json).getJsonWebKeys();
            return keys.stream()
                    .filter(k -> k instanceof RsaJsonWebKey)
                    .filter(k -> k.getUse() == null || "sig".equals(k.getUse()))
                    .filter(k -> k.getKeyId() != null)
                    .collect(Collectors.toUnmodifiableMap(JsonWebKey::getKeyId, k -> ((RsaJsonWebKey) k).getRsaPublicKey(),
                            (a, b) -> a));
        } catch (Exception e) {
            throw new IllegalStateException("JWKS is not a valid key set (" + json.length() + " characters)", e);
        }
    }
}
