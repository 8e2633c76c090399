package org.mscu.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.gateway.FakeUpstreams;
import org.mscu.gateway.GatewayConfig;

/** Limiters built like separate gateway replicas, against the real Redis and against an unreachable one. */
@QuarkusTest
class RateLimiterTest {

    @Inject
    GatewayConfig config;

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    @RedisClientName("unreachable")
    ReactiveRedisDataSource unreachableRedis;

    @Test
    void holdsTheLimitAcrossReplicasThroughRedis() {
        RateLimiter replicaA = new RateLimiter(config, redis);
        RateLimiter replicaB = new RateLimiter(config, redis);
        String client = "replicas-" + UUID.randomUUID();
        for (int i = 0; i < FakeUpstreams.RATE_LIMIT_BURST; i++) {
            TokenBucket.Decision decision = take(i % 2 == 0 ? replicaA : replicaB, client);
            assertTrue(decision.allowed());
            assertEquals(FakeUpstreams.RATE_LIMIT_BURST - 1 - i, decision.remaining());
            assertEquals(FakeUpstreams.RATE_LIMIT_BURST, decision.limit());
        }
        assertFalse(take(replicaA, client).allowed());
        assertFalse(take(replicaB, client).allowed());
    }

    @Test
    void fallsBackToLocalBucketsThatStillLimitWhenRedisIsUnreachable() {
        RateLimiter limiter = new RateLimiter(config, unreachableRedis);
        String client = "fallback-" + UUID.randomUUID();
        for (int i = 0; i < FakeUpstreams.RATE_LIMIT_BURST; i++) {
            assertTrue(take(limiter, client).allowed());
        }
        assertFalse(take(limiter, client).allowed());
    }

    @Test
    void aBurstOfConcurrentRequestsIsDecidedInRedisWithoutFallingBack() {
        RateLimiter limiter = new RateLimiter(config, redis);
        String client = "concurrent-" + UUID.randomUUID();
        List<TokenBucket.Decision> decisions = Multi.createFrom().range(0, 300)
                .onItem().transformToUniAndMerge(i -> limiter.take(FakeUpstreams.RATE_LIMITED_AGENCY, client))
                .collect().asList().await().atMost(Duration.ofSeconds(30));

        assertEquals(300, decisions.size());
        assertEquals(FakeUpstreams.RATE_LIMIT_BURST, decisions.stream().filter(TokenBucket.Decision::allowed).count(),
                "one bucket in Redis lets exactly its burst through");
        assertFalse(limiter.usingLocalBuckets(), "a busy connection pool sent the limiter to its local buckets");
    }

    @Test
    void sendsTheScriptAgainWhenRedisHasForgottenIt() {
        RateLimiter limiter = new RateLimiter(config, redis);
        String client = "flushed-" + UUID.randomUUID();
        assertTrue(take(limiter, client).allowed());
        redis.execute("SCRIPT", "FLUSH").await().atMost(Duration.ofSeconds(5));

        TokenBucket.Decision decision = take(limiter, client);

        assertTrue(decision.allowed());
        assertEquals(FakeUpstreams.RATE_LIMIT_BURST - 2, decision.remaining(), "the same bucket, in Redis");
        assertFalse(limiter.usingLocalBuckets());
    }

    private static TokenBucket.Decision take(RateLimiter limiter, String client) {
        return limiter.take(FakeUpstreams.RATE_LIMITED_AGENCY, client).await().atMost(Duration.ofSeconds(10));
    }
}
