package org.mscu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.correlation.RequestIds;
import org.mscu.gateway.problem.Problems;
import org.mscu.gateway.resilience.CircuitBreaker;

/**
 * Forwards a request to its upstream over the Vert.x HttpClient and streams the answer back.
 * The request body has already been read (bounded by the body limit), so idempotent requests can
 * be sent again when the upstream could not be reached. Path, query and Authorization go through
 * unchanged; hop-by-hop headers do not.
 */
@ApplicationScoped
public class ProxyHandler {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);

    /** RFC 9110 §7.6.1 hop-by-hop headers plus the ones a proxy sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto",
            "x-forwarded-port", "x-request-id", "expect");
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    /** How the exchange with the upstream ended, for the circuit breaker and the logs. */
    public enum Outcome { OK, UNREACHABLE, TIMEOUT, BAD_RESPONSE, CIRCUIT_OPEN }

    private final HttpClient client;

    public ProxyHandler(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setMaxPoolSize(config.upstream().maxConnections())
                .setKeepAlive(true)
                .setTryUseCompression(false)
                .setDecompressionSupported(false));
    }

    public void forward(RoutingContext ctx, Route route, CircuitBreaker breaker, Buffer body) {
        if (!breaker.tryAcquire()) {
            ctx.put(UpstreamResult.KEY, new UpstreamResult(route.name(), Outcome.CIRCUIT_OPEN));
            Problems.circuitOpen(ctx, route.name(), breaker.retryAfterSeconds());
            return;
        }
        int attempts = IDEMPOTENT.contains(ctx.request().method()) ? 1 + Math.max(0, route.retries()) : 1;
        send(ctx, route, body, attempts)
                .onSuccess(response -> relay(ctx, route, breaker, response))
                .onFailure(error -> fail(ctx, route, breaker, error));
    }

    private Future<HttpClientResponse> send(RoutingContext ctx, Route route, Buffer body, int attemptsLeft) {
        HttpServerRequest in = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(route.url().getHost())
                .setPort(port(route))
                .setSsl("https".equals(route.url().getScheme()))
                .setURI(uri(route, ctx))
                .setIdleTimeout(route.timeout().toMillis());
        return client.request(options)
                .compose(out -> {
                    copyRequestHeaders(ctx, out.headers());
                    return body != null && body.length() > 0 ? out.send(body) : out.send();
                })
                .recover(error -> attemptsLeft > 1 && retriable(error)
                        ? send(ctx, route, body, attemptsLeft - 1)
                        : Future.failedFuture(error));
    }

    private void relay(RoutingContext ctx, Route route, CircuitBreaker breaker, HttpClientResponse upstream) {
        int status = upstream.statusCode();
        Outcome outcome = status == 502 || status == 503 || status == 504 ? Outcome.BAD_RESPONSE : Outcome.OK;
        ctx.put(UpstreamResult.KEY, new UpstreamResult(route.name(), outcome));
        if (outcome == Outcome.OK) {
            breaker.onSuccess();
        } else {
            breaker.onFailure();
        }
        HttpServerResponse out = ctx.response();
        if (out.closed()) {
            upstream.request().reset();
            return;
        }
        out.setStatusCode(status);
        copyResponseHeaders(route, upstream.headers(), out.headers());
        String length = upstream.getHeader("Content-Length");
        if (length != null) {
            out.putHeader("Content-Length", length);
        } else if (ctx.request().method() != HttpMethod.HEAD && status != 204 && status != 304) {
            out.setChunked(true);
        }
        upstream.pipeTo(out).onFailure(error -> {
            LOG.debugf("route %s: response stream broke (%s)", route.name(), error.getClass().getSimpleName());
            if (!out.ended()) {
                out.reset();
            }
        });
    }

    private void fail(RoutingContext ctx, Route route, CircuitBreaker breaker, Throwable error) {
        if (ctx.response().closed()) {
            breaker.release();
            return;
        }
        Outcome outcome = classify(error);
        ctx.put(UpstreamResult.KEY, new UpstreamResult(route.name(), outcome));
        breaker.onFailure();
        LOG.debugf("route %s: %s (%s)", route.name(), outcome, error.getClass().getSimpleName());
        switch (outcome) {
            case TIMEOUT -> Problems.gatewayTimeout(ctx, route.name());
            case UNREACHABLE -> Problems.upstreamUnavailable(ctx, route.name());
            default -> Problems.badGateway(ctx, route.name());
        }
    }

    static Outcome classify(Throwable error) {
        if (error instanceof TimeoutException) {
            return Outcome.TIMEOUT;
        }
        if (error instanceof ConnectException || error instanceof UnknownHostException) {
            return Outcome.UNREACHABLE;
        }
        return Outcome.BAD_RESPONSE;
    }

    private static boolean retriable(Throwable error) {
        return error instanceof ConnectException || error instanceof HttpClosedException;
    }

    private static int port(Route route) {
        int port = route.url().getPort();
        return port > 0 ? port : "https".equals(route.url().getScheme()) ? 443 : 80;
    }

    private static String uri(Route route, RoutingContext ctx) {
        String base = route.url().getRawPath() == null ? "" : route.url().getRawPath();
        String query = ctx.request().query();
        return base + ctx.normalizedPath() + (query == null ? "" : "?" + query);
    }

    private static void copyRequestHeaders(RoutingContext ctx, MultiMap out) {
        HttpServerRequest in = ctx.request();
        Set<String> connectionListed = connectionTokens(in.headers().get("Connection"));
        in.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !connectionListed.contains(name)) {
                out.add(header.getKey(), header.getValue());
            }
        });
        String client = in.remoteAddress() == null ? null : in.remoteAddress().hostAddress();
        String forwardedFor = in.getHeader("X-Forwarded-For");
        if (client != null) {
            out.set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        }
        out.set("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            out.set("X-Forwarded-Host", in.authority().toString());
        }
        out.set(RequestIds.HEADER, RequestIds.get(ctx));
    }

    private static void copyResponseHeaders(Route route, MultiMap in, MultiMap out) {
        Set<String> connectionListed = connectionTokens(in.get("Connection"));
        String upstreamBase = route.url().toString();
        in.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            // CORS and rate-limit headers are the gateway's to give, never an upstream's.
            if (HOP_BY_HOP.contains(name) || connectionListed.contains(name) || name.startsWith("access-control-")
                    || name.startsWith("ratelimit")) {
                return;
            }
            String value = header.getValue();
            if ("location".equals(name) && value.startsWith(upstreamBase + "/")) {
                value = value.substring(upstreamBase.length());
            }
            out.add(header.getKey(), value);
        });
    }

    private static Set<String> connectionTokens(String connection) {
        if (connection == null || connection.isBlank()) {
            return Set.of();
        }
        return new java.util.HashSet<>(java.util.Arrays.asList(connection.toLowerCase(Locale.ROOT).replace(" ", "").split(",")));
    }

    /** What happened upstream, for the access log and metrics. */
    public record UpstreamResult(String route, Outcome outcome) {
        public static final String KEY = "mscu.upstream";
    }
}
