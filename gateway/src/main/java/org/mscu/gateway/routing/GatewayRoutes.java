package org.mscu.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.problem.Problems;
import org.mscu.gateway.ratelimit.RateLimitHandler;
import org.mscu.gateway.security.BearerAuthHandler;

/**
 * The request pipeline under {@code /api}: size check, token, route, method, rate limit, body, proxy.
 * CORS preflights are answered before it (quarkus.http.cors); correlation and headers wrap it
 * (GatewayFilter).
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final String ROUTE_KEY = "mscu.route";

    private final GatewayConfig config;
    private final Upstreams upstreams;
    private final BearerAuthHandler auth;
    private final RateLimitHandler rateLimit;
    private final ProxyHandler proxy;

    public GatewayRoutes(GatewayConfig config, Upstreams upstreams, BearerAuthHandler auth, RateLimitHandler rateLimit,
                         ProxyHandler proxy) {
        this.config = config;
        this.upstreams = upstreams;
        this.auth = auth;
        this.rateLimit = rateLimit;
        this.proxy = proxy;
    }

    void install(@Observes Router router) {
        long limit = config.limits().maxBodyBytes();
        router.route("/api/*")
                .handler(ctx -> {
                    if (BodyReader.declaredWithin(ctx, limit)) {
                        ctx.next();
                    }
                })
                .handler(auth)
                .handler(this::resolve)
                .handler(rateLimit)
                .handler(ctx -> BodyReader.read(ctx, limit))
                .handler(ctx -> proxy.forward(ctx, route(ctx), upstreams.pool(route(ctx)), ctx.<Buffer>get(BodyReader.KEY)));
    }

    private void resolve(RoutingContext ctx) {
        var match = upstreams.table().match(ctx.normalizedPath());
        if (match.isEmpty()) {
            Problems.notFound(ctx);
            return;
        }
        Route route = match.get();
        ctx.put(ROUTE_KEY, route);
        if (!route.serves(ctx.request().method().name())) {
            Problems.methodNotAllowed(ctx, route.allowHeader());
            return;
        }
        ctx.next();
    }

    public static Route route(RoutingContext ctx) {
        return ctx.get(ROUTE_KEY);
    }
}
