package org.mscu.gateway.ratelimit;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.mscu.gateway.correlation.CallerInfo;
import org.mscu.gateway.problem.Problems;

/**
 * 429 with Retry-After once the caller's bucket is empty. Every answer to a request the limiter
 * counted tells the caller where it stands, in the {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} headers (IETF draft httpapi-ratelimit-headers, the form most clients know).
 */
@ApplicationScoped
public class RateLimitHandler implements Handler<RoutingContext> {

    private final RateLimiter limiter;

    public RateLimitHandler(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!limiter.enabled()) {
            ctx.next();
            return;
        }
        CallerInfo caller = CallerInfo.of(ctx);
        Context context = Vertx.currentContext();
        ctx.request().pause();
        limiter.take(caller.agency(), caller.clientId()).subscribe().with(
                decision -> context.runOnContext(v -> {
                    describe(ctx, decision);
                    if (decision.allowed()) {
                        ctx.next();
                    } else {
                        Problems.tooManyRequests(ctx, decision.retryAfterSeconds());
                    }
                }),
                error -> context.runOnContext(v -> ctx.next()));
    }

    private static void describe(RoutingContext ctx, TokenBucket.Decision decision) {
        ctx.response().headers()
                .set("RateLimit-Limit", Integer.toString(decision.limit()))
                .set("RateLimit-Remaining", Long.toString(decision.remaining()))
                .set("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    }
}
