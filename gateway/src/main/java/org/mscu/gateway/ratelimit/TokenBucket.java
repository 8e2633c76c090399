package org.mscu.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code burst} tokens, refills {@code perSecond} a second, a request
 * takes one. The same arithmetic runs in Redis (rate-limit.lua) for the shared buckets; this
 * class is the local fallback and its unit-tested reference.
 */
public final class TokenBucket {

    /**
     * Whether the request may pass; if not, how many milliseconds until a token is there. Also what
     * the caller is told in the {@code RateLimit-*} headers: the bucket size, the whole tokens left
     * and the milliseconds until the bucket is full again.
     */
    public record Decision(boolean allowed, long retryAfterMillis, int limit, long remaining, long resetMillis) {

        public long retryAfterSeconds() {
            return Math.max(1, seconds(retryAfterMillis));
        }

        public long resetSeconds() {
            return seconds(resetMillis);
        }

        private static long seconds(long millis) {
            return (millis + 999) / 1000;
        }
    }

    private final int burst;
    private final double perMilli;
    private double tokens;
    private long updatedAtMillis;

    public TokenBucket(int burst, double perSecond, long nowMillis) {
        if (burst < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("burst must be at least 1 and the rate positive");
        }
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
        this.tokens = burst;
        this.updatedAtMillis = nowMillis;
    }

    public synchronized Decision take(long nowMillis) {
        long elapsed = Math.max(0, nowMillis - updatedAtMillis);
        tokens = Math.min(burst, tokens + elapsed * perMilli);
        updatedAtMillis = Math.max(updatedAtMillis, nowMillis);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long wait = allowed ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
        return new Decision(allowed, wait, burst, (long) Math.floor(tokens), (long) Math.ceil((burst - tokens) / perMilli));
    }
}
