package org.mscu.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
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

    private static TokenBucket.Decision take(RateLimiter limiter, String client) {
        return limiter.take(FakeUpstreams.RATE_LIMITED_AGENCY, client).await().atMost(Duration.ofSeconds(10));
    }
}
