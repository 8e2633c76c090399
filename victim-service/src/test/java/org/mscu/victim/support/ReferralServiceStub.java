package org.mscu.victim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A small real HTTP server standing in for referral-service and Keycloak's token endpoint in the
 * service tests (the end-to-end test VictimEventsIT uses the real ones). Tests drive it over HTTP
 * ({@link Intake}), since it runs in another class loader than they do:
 * <ul>
 *   <li>{@code POST /realms/mscu/protocol/openid-connect/token}: client credentials of
 *       {@code victim-service} only; issues a fresh opaque token each time;</li>
 *   <li>{@code GET /api/v1/referrals/{id}}: 401 without a token it issued (and did not revoke), else
 *       what the test registered: a number of failures first (a status, or 0 to hang up without an
 *       answer), then the referral; 404 for a referral nobody registered;</li>
 *   <li>{@code PUT /__stub/referrals/{id}}, {@code GET /__stub/referrals/{id}/requests},
 *       {@code POST /__stub/revoke-tokens}, {@code GET /__stub/tokens}: the test's controls.</li>
 * </ul>
 */
public class ReferralServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "victim-service";
    static final String CLIENT_SECRET = "victim-service-test-secret";
    static final String TOKEN_PATH = "/realms/mscu/protocol/openid-connect/token";

    private record Behaviour(JsonNode referral, int failures, int failWith) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Behaviour> referrals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the referral-service stub", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext(TOKEN_PATH, this::token);
        server.createContext("/api/v1/referrals/", this::referral);
        server.createContext("/__stub/", this::control);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "mscu.victims.intake.referral-service-url", base,
                "mscu.victims.intake.service-client.token-url", base + TOKEN_PATH,
                "mscu.victims.intake.service-client.id", CLIENT_ID,
                "mscu.victims.intake.service-client.secret", CLIENT_SECRET,
                "mscu.victims.intake.timeout", "2s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        String token = "stub-token-" + issued.incrementAndGet();
        tokens.add(token);
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
    }

    private void referral(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/referrals/".length());
        int attempt = requests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7))) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        Behaviour behaviour = referrals.get(id);
        if (behaviour == null) {
            answer(exchange, 404, "{\"status\":404}");
        } else if (attempt <= behaviour.failures() && behaviour.failWith() == 0) {
            exchange.close(); // no answer at all, as from a service that went away mid-request
        } else if (attempt <= behaviour.failures()) {
            answer(exchange, behaviour.failWith(), "{\"status\":" + behaviour.failWith() + "}");
        } else {
            answer(exchange, 200, json.writeValueAsString(behaviour.referral()));
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring("/__stub/".length()).split("/");
        String method = exchange.getRequestMethod();
        if (path[0].equals("referrals") && method.equals("PUT")) {
            JsonNode body = json.readTree(exchange.getRequestBody());
            referrals.put(path[1], new Behaviour(body.path("referral"), body.path("failures").asInt(0), body.path("failWith").asInt(0)));
            requests.remove(path[1]);
            answer(exchange, 204, null);
        } else if (path[0].equals("referrals") && path.length == 3) {
            answer(exchange, 200, Integer.toString(requests.getOrDefault(path[1], new AtomicInteger()).get()));
        } else if (path[0].equals("revoke-tokens")) {
            tokens.clear();
            answer(exchange, 204, null);
        } else if (path[0].equals("tokens")) {
            answer(exchange, 200, Integer.toString(issued.get()));
        } else {
            answer(exchange, 404, null);
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).filter(kv -> kv.length == 2)
                .collect(Collectors.toMap(kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8), (a, b) -> b));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
