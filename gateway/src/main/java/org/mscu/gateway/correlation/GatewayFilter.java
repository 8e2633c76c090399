package org.mscu.gateway.correlation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.routing.GatewayRoutes;
import org.mscu.gateway.routing.ProxyHandler;
import org.mscu.gateway.routing.Route;

/**
 * Wraps every request: assigns the request id (echoed in {@code X-Request-Id}, forwarded
 * upstream), sets the security headers, and when the response ends writes one access-log line
 * and records the per-route timer. The log line holds no query string and no personal data:
 * method, path, route, status, latency, client id (azp) and agency.
 */
@ApplicationScoped
public class GatewayFilter {

    private static final Logger ACCESS = Logger.getLogger("org.mscu.gateway.access");
    /** Also set as MDC fields while the line is written, so JSON logs carry them as fields. */
    private static final String[] MDC_KEYS = {"route", "status", "clientId", "agency", "requestId"};

    private final GatewayConfig config;
    private final MeterRegistry registry;

    public GatewayFilter(GatewayConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String requestId = RequestIds.assign(ctx);
        boolean api = ctx.normalizedPath().startsWith("/api/");
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            config.headers().hsts().filter(h -> !h.isBlank()).ifPresent(h -> headers.set("Strict-Transport-Security", h));
            if (api) {
                headers.set("Cache-Control", "no-store");
            }
            withoutCorsGrantsUnlessOriginAllowed(headers);
        });
        if (api) {
            ctx.addEndHandler(result -> record(ctx, started));
        }
        ctx.next();
    }

    /**
     * Quarkus's CORS filter adds its allowed methods and headers even to a refused origin's
     * answer; without {@code Access-Control-Allow-Origin} they grant nothing, so none are sent.
     */
    private static void withoutCorsGrantsUnlessOriginAllowed(MultiMap headers) {
        if (!headers.contains("Access-Control-Allow-Origin")) {
            headers.names().stream()
                    .filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, "Access-Control-".length()))
                    .toList()
                    .forEach(headers::remove);
        }
    }

    private void record(RoutingContext ctx, long started) {
        long nanos = System.nanoTime() - started;
        Route route = GatewayRoutes.route(ctx);
        String routeName = route == null ? "none" : route.name();
        int status = ctx.response().getStatusCode();
        CallerInfo caller = CallerInfo.of(ctx);
        ProxyHandler.UpstreamResult upstream = ctx.get(ProxyHandler.UpstreamResult.KEY);
        String outcome = upstream == null ? "GATEWAY" : upstream.outcome().name();
        Timer.builder("mscu.gateway.requests")
                .description("Requests through the gateway by route, method, status and upstream outcome")
                .tag("route", routeName)
                .tag("method", ctx.request().method().name())
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        MDC.put("route", routeName);
        MDC.put("status", status);
        MDC.put("clientId", caller.clientId());
        MDC.put("agency", caller.agency());
        MDC.put("requestId", RequestIds.get(ctx));
        try {
            // Built by hand: java.util.Formatter stood out in the gateway's CPU profile under load (benchmarks/README.md).
            ACCESS.info(new StringBuilder(200)
                    .append("requestId=").append(RequestIds.get(ctx))
                    .append(" method=").append(ctx.request().method().name())
                    .append(" path=").append(ctx.normalizedPath())
                    .append(" route=").append(routeName)
                    .append(" status=").append(status)
                    .append(" latencyMs=").append(Math.round(nanos / 100_000.0) / 10.0)
                    .append(" client=").append(caller.clientId())
                    .append(" agency=").append(caller.agency())
                    .append(" upstream=").append(outcome));
        } finally {
            for (String key : MDC_KEYS) {
                MDC.remove(key);
            }
        }
    }
}
