package org.mscu.victim.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Reads one referral from referral-service with this service's own token, so that the disclosure is
 * checked by referral-service's policy (rule {@code victim-intake-reads-accepted}) and written to its
 * audit log. Any failure is an {@link UpstreamException}.
 */
@ApplicationScoped
public class ReferralClient {

    private final IntakeConfig config;
    private final ServiceToken token;
    private final ObjectMapper mapper;
    private final OpenTelemetry telemetry;
    private final HttpClient http;

    ReferralClient(IntakeConfig config, ServiceToken token, ObjectMapper mapper, OpenTelemetry telemetry) {
        this.config = config;
        this.token = token;
        this.mapper = mapper;
        this.telemetry = telemetry;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** The referral as referral-service shows it to this service. */
    public JsonNode referral(UUID referralId) {
        HttpResponse<String> response = get(referralId);
        if (response.statusCode() == 401) {
            // the token may have been revoked or signed with a rotated key: one more try with a new one
            token.forget();
            response = get(referralId);
        }
        if (response.statusCode() != 200) {
            throw new UpstreamException("referral-service answered " + response.statusCode() + " for referral " + referralId);
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new UpstreamException("referral-service answered a body that is not JSON for referral " + referralId, e);
        }
    }

    private HttpResponse<String> get(UUID referralId) {
        URI uri = URI.create(config.referralServiceUrl().replaceAll("/+$", "") + "/api/v1/referrals/" + referralId);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Authorization", token.bearer())
                .header("Accept", "application/json")
                .GET();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), request, HttpRequest.Builder::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UpstreamException("referral-service is unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException("interrupted while asking referral-service", e);
        }
    }
}
