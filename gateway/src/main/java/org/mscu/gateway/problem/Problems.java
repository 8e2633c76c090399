package org.mscu.gateway.problem;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.mscu.gateway.correlation.RequestIds;

/**
 * RFC 9457 problems the gateway answers itself, shaped like the services' ones (type, title, status,
 * detail, instance, code, traceId) plus the request id to quote.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://mscu.dev/problems/";

    private Problems() {
    }

    public static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"mscu\"");
        send(ctx, 401, "UNAUTHENTICATED", "Unauthorized", detail);
    }

    public static void notFound(RoutingContext ctx) {
        send(ctx, 404, "ROUTE_NOT_FOUND", "Not Found", "No API is served under this path");
    }

    public static void methodNotAllowed(RoutingContext ctx, String allow) {
        ctx.response().putHeader("Allow", allow);
        send(ctx, 405, "METHOD_NOT_ALLOWED", "Method Not Allowed", "This path does not serve " + ctx.request().method().name());
    }

    /** The answer only: what happens to the rest of the body is BodyReader's business. */
    public static void payloadTooLarge(RoutingContext ctx, long limit) {
        send(ctx, 413, "PAYLOAD_TOO_LARGE", "Content Too Large", "The request body is larger than " + limit + " bytes");
    }

    public static void tooManyRequests(RoutingContext ctx, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        send(ctx, 429, "RATE_LIMITED", "Too Many Requests",
                "Request rate limit reached for this client; retry after " + retryAfterSeconds + " s");
    }

    public static void upstreamUnavailable(RoutingContext ctx, String upstream) {
        send(ctx, 503, "UPSTREAM_UNAVAILABLE", "Service Unavailable", "The " + upstream + " service cannot be reached");
    }

    public static void circuitOpen(RoutingContext ctx, String upstream, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        send(ctx, 503, "UPSTREAM_UNAVAILABLE", "Service Unavailable",
                "The " + upstream + " service is failing; requests are held back for a moment");
    }

    public static void badGateway(RoutingContext ctx, String upstream) {
        send(ctx, 502, "UPSTREAM_BAD_RESPONSE", "Bad Gateway", "The " + upstream + " service gave no valid answer");
    }

    public static void gatewayTimeout(RoutingContext ctx, String upstream) {
        send(ctx, 504, "UPSTREAM_TIMEOUT", "Gateway Timeout", "The " + upstream + " service did not answer in time");
    }

    public static void send(RoutingContext ctx, int status, String code, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", TYPE_BASE + code.toLowerCase().replace('_', '-'))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.normalizedPath())
                .put("code", code);
        String requestId = RequestIds.get(ctx);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        var spanContext = Span.current().getSpanContext();
        if (spanContext.isValid()) {
            body.put("traceId", spanContext.getTraceId());
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }
}
