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
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.correlation.RequestIds;
import org.mscu.gateway.problem.Problems;

/**
 * Forwards a request to an instance of its upstream over the Vert.x HttpClient and streams the
 * answer back. The request body has already been read (bounded by the body limit), so a request can
 * be sent again, to another instance or the same one, when it could not be delivered. Path, query
 * and Authorization go through unchanged; hop-by-hop headers do not.
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
    public enum Outcome { OK, UNREACHABLE, TIMEOUT, BAD_RESPONSE, DECLINED, CIRCUIT_OPEN }

    private final HttpClient client;

    public ProxyHandler(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setMaxPoolSize(config.upstream().maxConnections())
                .setKeepAlive(true)
                .setTryUseCompression(false)
                .setDecompressionSupported(false));
    }

    public void forward(RoutingContext ctx, Route route, InstancePool pool, Buffer body) {
        Optional<Instance> first = pool.acquire(Set.of());
        if (first.isEmpty()) {
            ctx.put(UpstreamResult.KEY, new UpstreamResult(route.name(), Outcome.CIRCUIT_OPEN));
            Problems.circuitOpen(ctx, route.name(), pool.retryAfterSeconds());
            return;
        }
        int retries = IDEMPOTENT.contains(ctx.request().method()) ? Math.max(0, route.retries()) : 0;
        new Attempts(ctx, route, pool, body, retries).sendTo(first.get());
    }

    /**
     * One request's attempts. A request that never reached an instance (connection refused, not
     * accepted within the connect timeout) goes to the next instance whatever its method; an
     * idempotent one that failed in another retriable way spends a retry, on another instance when
     * one can take it, else on the same one. Each instance's breaker hears once per request how
     * its instance did.
     */
    private final class Attempts {

        private final RoutingContext ctx;
        private final Route route;
        private final InstancePool pool;
        private final Buffer body;
        private final Set<Instance> tried = new HashSet<>();
        private int retriesLeft;

        Attempts(RoutingContext ctx, Route route, InstancePool pool, Buffer body, int retries) {
            this.ctx = ctx;
            this.route = route;
            this.pool = pool;
            this.body = body;
            this.retriesLeft = retries;
        }

        void sendTo(Instance instance) {
            tried.add(instance);
            send(instance);
        }

        private void send(Instance instance) {
            request(ctx, route, instance, body)
                    .onSuccess(response -> relay(ctx, route, instance, response))
                    .onFailure(error -> failed(instance, error));
        }

        private void failed(Instance instance, Throwable error) {
            if (ctx.response().closed()) {
                instance.breaker().release();
                return;
            }
            boolean notSent = neverReached(error);
            boolean retry = retriesLeft > 0 && retriable(error);
            if (notSent || retry) {
                Optional<Instance> other = pool.acquire(tried);
                if (other.isPresent()) {
                    instance.breaker().onFailure();
                    if (!notSent) {
                        retriesLeft--;
                    }
                    LOG.debugf("route %s: %s failed (%s), trying %s", route.name(), instance, error.getClass().getSimpleName(),
                            other.get());
                    sendTo(other.get());
                    return;
                }
                if (retry) {
                    retriesLeft--;
                    send(instance);
                    return;
                }
            }
            instance.breaker().onFailure();
            fail(ctx, route, instance, error);
        }
    }

    private Future<HttpClientResponse> request(RoutingContext ctx, Route route, Instance instance, Buffer body) {
        HttpServerRequest in = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI(uri(instance, ctx))
                .setIdleTimeout(route.timeout().toMillis());
        return client.request(options)
                .compose(out -> {
                    copyRequestHeaders(ctx, out.headers());
                    return body != null && body.length() > 0 ? out.send(body) : out.send();
                });
    }

    private void relay(RoutingContext ctx, Route route, Instance instance, HttpClientResponse upstream) {
        int status = upstream.statusCode();
        Outcome outcome = outcome(upstream);
        ctx.put(UpstreamResult.KEY, new UpstreamResult(route.name(), outcome));
        switch (outcome) {
            case OK -> instance.breaker().onSuccess();
            // The service is up and said when to come back (its database is away, say): opening the
            // circuit would only keep callers out for longer than it asked, after it has recovered.
            case DECLINED -> instance.breaker().release();
            default -> instance.breaker().onFailure();
        }
        HttpServerResponse out = ctx.response();
        if (out.closed()) {
            upstream.request().reset();
            return;
        }
        out.setStatusCode(status);
        copyResponseHeaders(instance, upstream.headers(), out.headers());
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

    static Outcome outcome(HttpClientResponse upstream) {
        int status = upstream.statusCode();
        if (status == 503 && upstream.getHeader("Retry-After") != null) {
            return Outcome.DECLINED;
        }
        return status == 502 || status == 503 || status == 504 ? Outcome.BAD_RESPONSE : Outcome.OK;
    }

    private void fail(RoutingContext ctx, Route route, Instance instance, Throwable error) {
        Outcome outcome = classify(error);
        ctx.put(UpstreamResult.KEY, new UpstreamResult(route.name(), outcome));
        LOG.debugf("route %s: %s at %s (%s)", route.name(), outcome, instance, error.getClass().getSimpleName());
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
        if (neverReached(error)) {
            return Outcome.UNREACHABLE;
        }
        return Outcome.BAD_RESPONSE;
    }

    /** The request never got to the instance (refused, not accepted in time, no such host): any method may go elsewhere. */
    private static boolean neverReached(Throwable error) {
        return error instanceof ConnectException || error instanceof UnknownHostException;
    }

    private static boolean retriable(Throwable error) {
        return error instanceof ConnectException || error instanceof HttpClosedException;
    }

    private static String uri(Instance instance, RoutingContext ctx) {
        String query = ctx.request().query();
        return instance.basePath() + ctx.normalizedPath() + (query == null ? "" : "?" + query);
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

    private static void copyResponseHeaders(Instance instance, MultiMap in, MultiMap out) {
        Set<String> connectionListed = connectionTokens(in.get("Connection"));
        String upstreamBase = instance.url().toString();
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
