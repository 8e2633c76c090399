package org.mscu.victim.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * This service's own access token (client-credentials grant), kept until shortly before it expires
 * and shared by every consumer thread.
 */
@ApplicationScoped
public class ServiceToken {

    private static final long RENEW_BEFORE_EXPIRY_SECONDS = 30;

    private record Issued(String value, Instant renewAfter) {
    }

    private final IntakeConfig config;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private Issued issued;

    ServiceToken(IntakeConfig config, ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** {@code Bearer <token>}, fetched when there is none or it is about to expire. */
    public synchronized String bearer() {
        if (issued == null || !Instant.now(clock).isBefore(issued.renewAfter())) {
            issued = fetch();
        }
        return "Bearer " + issued.value();
    }

    /** Forgets the token (referral-service refused it), so the next call fetches a new one. */
    public synchronized void forget() {
        issued = null;
    }

    private Issued fetch() {
        IntakeConfig.ServiceClient client = config.serviceClient();
        String form = "grant_type=client_credentials&client_id=" + encode(client.id()) + "&client_secret=" + encode(client.secret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.tokenUrl()))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UpstreamException("the token endpoint answered " + response.statusCode());
            }
            JsonNode body = mapper.readTree(response.body());
            String token = body.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new UpstreamException("the token endpoint answered without an access_token");
            }
            long expiresIn = body.path("expires_in").asLong(60);
            return new Issued(token, Instant.now(clock).plusSeconds(Math.max(0, expiresIn - RENEW_BEFORE_EXPIRY_SECONDS)));
        } catch (IOException e) {
            throw new UpstreamException("the token endpoint is unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException("interrupted while asking the token endpoint", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
