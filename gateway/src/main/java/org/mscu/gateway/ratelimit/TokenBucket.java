package org.mscu.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code burst} tokens, refills {@code perSecond} a second, a request
 * takes one. The same arithmetic runs in Redis (rate-limit.lua) for the shared buckets; this
 * class is the local fallback and its unit-tested reference.
 */
public final class TokenBucket {

    /** Whether the request may pass and, if not, how many milliseconds until a token is there. */
    public record Decision(boolean allowed, long retryAfterMillis) {

        public long retryAfterSeconds() {
            return Math.max(1, (retryAfterMillis + 999) / 1000);
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
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, 0);
        }
        return new Decision(false, (long) Math.ceil((1 - tokens) / perMilli));
    }
}
