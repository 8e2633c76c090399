package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * JSON over HTTP through the gateway, as one identity. Polite and patient: one request at a time; a 429
 * waits for its {@code Retry-After}; a service that is briefly away (503, connection refused) is asked
 * again for up to {@link #PATIENCE}. A request that may have been carried out (502, 504, a broken
 * connection) is repeated only when repeating it is safe: a GET, or a POST with an {@code Idempotency-Key}.
 */
final class Api {

    static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Set<Integer> NOT_CARRIED_OUT = Set.of(429, 503);
    private static final Set<Integer> MAYBE_CARRIED_OUT = Set.of(502, 504);

    /** One answer: status, headers and the JSON body (missing when there is none). */
    record Reply(int status, HttpHeaders headers, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's {@code code}, or "" when the answer is not a problem with a code. */
        String code() {
            return body.path("code").asText("");
        }

        /** The stored first answer to a repeated Idempotency-Key. */
        boolean replayed() {
            return headers.firstValue("Idempotency-Replayed").map("true"::equalsIgnoreCase).orElse(false);
        }
    }

    private final Settings settings;
    private final Tokens tokens;
    private final HttpClient http;
    private final ObjectMapper json;
    private int requests;
    private int rateLimited;

    Api(Settings settings, Tokens tokens, HttpClient http, ObjectMapper json) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    /** Requests sent so far (retries included). */
    int requests() {
        return requests;
    }

    /** Answers so far that were 429: the gateway's rate limit asked to wait. */
    int rateLimited() {
        return rateLimited;
    }

    /** GET that must succeed. */
    JsonNode get(Identity who, String path) {
        return require(send(who, "GET", path, null, null, null), "GET " + strip(path));
    }

    /** GET whose status the caller judges (e.g. a 403 or 404 that is the expected answer). */
    Reply read(Identity who, String path) {
        return send(who, "GET", path, null, null, null);
    }

    /** POST that reads (a search); the caller judges the status. */
    Reply post(Identity who, String path, Object body) {
        return send(who, "POST", path, body, null, null);
    }

    /**
     * POST that creates {@code record} (a name for the key), with an {@code Idempotency-Key} made from the
     * record, the path and the exact body: a retry of this request is answered from its first try, and
     * any other request (another path or body, e.g. another run's relative times) gets another key.
     * The caller judges the status.
     */
    Reply create(Identity who, String path, Object body, String record) {
        return send(who, "POST", path, body, key(record, path + "\n" + body), null);
    }

    /** POST of an action on a resource at a known version ({@code If-Match}); the caller judges the status. */
    Reply act(Identity who, String path, Object body, long version) {
        return send(who, "POST", path, body, null, "\"" + version + "\"");
    }

    /** The body of a successful answer, else a {@link SeedException} naming the problem. */
    static JsonNode require(Reply reply, String what) {
        if (!reply.ok()) {
            throw failure(reply, what);
        }
        return reply.body();
    }

    static SeedException failure(Reply reply, String what) {
        JsonNode body = reply.body();
        String detail = body.path("detail").asText("");
        String code = reply.code();
        String errors = body.path("errors").isArray() && !body.path("errors").isEmpty() ? " " + body.path("errors") : "";
        return new SeedException(what + " answered " + reply.status()
                + (code.isEmpty() ? "" : " " + code) + (detail.isEmpty() ? "" : ": " + detail) + errors
                + (body.path("traceId").isTextual() ? " (traceId " + body.path("traceId").asText() + ")" : ""));
    }

    private static String key(String record, String request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return "mscu-seed-" + record + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("interrupted");
        }
    }

    private Reply send(Identity who, String method, String path, Object body, String idempotencyKey, String ifMatch) {
        boolean safeToRepeat = method.equals("GET") || idempotencyKey != null;
        Instant giveUp = Instant.now().plus(PATIENCE);
        for (int attempt = 1; ; attempt++) {
            Duration wait = Duration.ofMillis(Math.min(10_000, 500L << Math.min(attempt, 5)));
            try {
                requests++;
                HttpResponse<String> response = http.send(request(who, method, path, body, idempotencyKey, ifMatch),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                boolean repeat = NOT_CARRIED_OUT.contains(status) || (safeToRepeat && MAYBE_CARRIED_OUT.contains(status));
                if (!repeat || Instant.now().isAfter(giveUp)) {
                    return new Reply(status, response.headers(), parse(response.body()));
                }
                if (status == 429) {
                    rateLimited++;
                    wait = response.headers().firstValue("Retry-After").map(Api::seconds).orElse(Duration.ofSeconds(1));
                }
            } catch (ConnectException | HttpConnectTimeoutException e) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new SeedException("the gateway cannot be reached at " + settings.gateway() + ": is the platform up?");
                }
            } catch (IOException e) {
                if (!safeToRepeat || Instant.now().isAfter(giveUp)) {
                    throw new SeedException(method + " " + strip(path) + " failed (" + e.getMessage()
                            + "); running the seeder again continues where it stopped");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SeedException("interrupted");
            }
            pause(wait);
        }
    }

    private HttpRequest request(Identity who, String method, String path, Object body, String idempotencyKey,
                                String ifMatch) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.gateway() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.bearer(who))
                .header("Accept", "application/json")
                .header("X-Access-Purpose", "Demo data (bin/platform seed)");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static Duration seconds(String header) {
        try {
            Duration wait = Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
            return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    /** The path without its query, which may hold filter values: enough to say which call failed. */
    private static String strip(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
