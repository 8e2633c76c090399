package org.mscu.gateway.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.mscu.gateway.GatewayConfig;

/**
 * Token buckets per (agency, client), limits configured per client or agency. Buckets live in Redis so the
 * limit holds across gateway replicas. When Redis does not answer within {@code redis-timeout},
 * the gateway falls back to buckets in its own memory (so the limit holds per replica) and tries
 * Redis again after {@code redis-retry-after}: a Redis outage degrades the limit, it never stops
 * traffic.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final GatewayConfig.RateLimit config;
    private final ReactiveRedisDataSource redis;
    private final String script;
    private final String scriptSha;
    private final Map<String, TokenBucket> local = new ConcurrentHashMap<>();
    private volatile long redisSkippedUntil;

    public RateLimiter(GatewayConfig config, ReactiveRedisDataSource redis) {
        this.config = config.rateLimit();
        this.redis = redis;
        this.script = readScript();
        this.scriptSha = sha1Hex(script);
    }

    /** Opens the Redis connection at start, so the first requests do not pay for it (nor fall back for it). */
    void warmUp(@Observes StartupEvent event) {
        if (config.enabled()) {
            redis.execute("PING").subscribe().with(ok -> LOG.debug("Redis reachable for rate limits"),
                    error -> LOG.warnf("Redis not reachable at start (%s); rate limits use local buckets until it is",
                            error.getClass().getSimpleName()));
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Uni<TokenBucket.Decision> take(String agency, String clientId) {
        GatewayConfig.Bucket limits = limits(agency, clientId);
        String key = config.keyPrefix() + ":" + agency + ":" + clientId;
        if (System.nanoTime() < redisSkippedUntil) {
            return Uni.createFrom().item(takeLocally(key, limits));
        }
        return evaluate(key, limits)
                .map(response -> decision(response, limits.burst()))
                .ifNoItem().after(config.redisTimeout()).fail()
                .onFailure().recoverWithItem(error -> {
                    fallBackToLocalBuckets(error);
                    return takeLocally(key, limits);
                });
    }

    /**
     * Runs the bucket script by its SHA-1 (EVALSHA), so the script's text is not sent with every
     * request; Redis forgets scripts on restart (NOSCRIPT), and then the text is sent once again.
     */
    private Uni<Response> evaluate(String key, GatewayConfig.Bucket limits) {
        String burst = Integer.toString(limits.burst());
        String perSecond = Double.toString(limits.perSecond());
        return redis.execute("EVALSHA", scriptSha, "1", key, burst, perSecond)
                .onFailure(RateLimiter::scriptUnknown)
                .recoverWithUni(() -> redis.execute("EVAL", script, "1", key, burst, perSecond));
    }

    private static boolean scriptUnknown(Throwable error) {
        return error.getMessage() != null && error.getMessage().startsWith("NOSCRIPT");
    }

    /** Local buckets for redis-retry-after; warns once per switch, not once per request in flight. */
    private void fallBackToLocalBuckets(Throwable error) {
        long now = System.nanoTime();
        boolean alreadyLocal = now < redisSkippedUntil;
        redisSkippedUntil = now + config.redisRetryAfter().toNanos();
        if (!alreadyLocal) {
            LOG.warnf("Redis rate limiting unavailable (%s); using local buckets for %s",
                    error.getClass().getSimpleName(), config.redisRetryAfter());
        }
    }

    /** Whether Redis failed lately and the buckets in this replica's memory decide. */
    boolean usingLocalBuckets() {
        return System.nanoTime() < redisSkippedUntil;
    }

    /** The client's own limits, else its agency's, else the default. */
    GatewayConfig.Bucket limits(String agency, String clientId) {
        GatewayConfig.Bucket own = config.clients().get(clientId);
        return own != null ? own : config.agencies().getOrDefault(agency, config.defaults());
    }

    private TokenBucket.Decision takeLocally(String key, GatewayConfig.Bucket limits) {
        long now = System.currentTimeMillis();
        return local.computeIfAbsent(key, k -> new TokenBucket(limits.burst(), limits.perSecond(), now)).take(now);
    }

    private static TokenBucket.Decision decision(Response response, int burst) {
        return new TokenBucket.Decision(response.get(0).toLong() == 1, response.get(1).toLong(), burst,
                response.get(2).toLong(), response.get(3).toLong());
    }

    private static String sha1Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readScript() {
        try (InputStream in = RateLimiter.class.getClassLoader().getResourceAsStream("ratelimit/rate-limit.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("rate-limit.lua missing from the classpath", e);
        }
    }
}
