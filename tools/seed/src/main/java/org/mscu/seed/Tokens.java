package org.mscu.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from Keycloak, one per identity, reused until shortly before they expire. */
final class Tokens {

    private record Cached(String token, Instant renewAfter) {
    }

    private final Settings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Map<Identity, Cached> cache = new EnumMap<>(Identity.class);

    Tokens(Settings settings, HttpClient http, ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    synchronized String bearer(Identity who) {
        Cached cached = cache.get(who);
        if (cached == null || Instant.now().isAfter(cached.renewAfter())) {
            cached = fetch(who);
            cache.put(who, cached);
        }
        return cached.token();
    }

    private Cached fetch(Identity who) {
        Map<String, String> form = new LinkedHashMap<>();
        if (who.partnerSystem()) {
            form.put("grant_type", "client_credentials");
            form.put("client_id", who.id());
            form.put("client_secret", who.id() + "-secret");
        } else {
            form.put("grant_type", "password");
            form.put("client_id", "mscu-cli");
            form.put("username", who.id());
            form.put("password", who.id() + "-dev");
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new SeedException("Keycloak refused a token for " + who.id() + " (HTTP " + response.statusCode()
                            + "): is the development realm imported at " + settings.realm() + "?");
                }
                JsonNode token = json.readTree(response.body());
                long lifetime = token.path("expires_in").asLong(60);
                return new Cached(token.path("access_token").asText(),
                        Instant.now().plusSeconds(Math.max(5, lifetime - 30)));
            } catch (IOException e) {
                if (attempt >= 5) {
                    throw new SeedException("Keycloak cannot be reached at " + settings.realm() + " (" + e.getMessage() + ")");
                }
                Api.pause(Duration.ofSeconds(attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SeedException("interrupted");
            }
        }
    }
}
