package org.mscu.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * #8: what the gateway refuses before any service sees it — a body over 1 MiB (413, declared or
 * streamed), a method the route does not serve (405 with {@code Allow}), headers over the header
 * limit (431), a request line over its limit (414). Sent with the JDK's HTTP client, which sends
 * exactly what it is given (methods, chunked bodies, long headers).
 */
class GatewayLimitsIT {

    private static final int ONE_MIB = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void refusesADeclaredBodyOverOneMebibyteWith413() throws Exception {
        HttpResponse<String> answer = send(referrals().POST(HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(ONE_MIB + 1))));

        assertProblem(answer, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void refusesAStreamedBodyOverOneMebibyteWith413() throws Exception {
        byte[] body = jsonOfSize(2 * ONE_MIB);
        // no length known in advance: sent chunked, refused as soon as it grows past the limit
        HttpResponse<String> answer = send(referrals().POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(answer, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void letsABodyOfOneMebibyteThroughToTheService() throws Exception {
        HttpResponse<String> answer = send(referrals().POST(HttpRequest.BodyPublishers.ofByteArray(jsonOfSize(ONE_MIB))));

        // the referral service judges it (not a referral: 400), the gateway did not refuse it
        assertEquals(400, answer.statusCode(), answer.body());
    }

    @Test
    void refusesAMethodTheRouteDoesNotServeWith405AndSaysWhichItDoes() throws Exception {
        HttpResponse<String> answer = send(referrals().method("TRACE", HttpRequest.BodyPublishers.noBody()));

        assertProblem(answer, 405, "METHOD_NOT_ALLOWED");
        String allow = answer.headers().firstValue("Allow").orElse("");
        assertThat(allow, containsString("GET"));
        assertThat(allow, containsString("POST"));
        assertThat(allow, not(containsString("TRACE")));
    }

    @Test
    void refusesHeadersOverTheLimitWith431() throws Exception {
        HttpResponse<String> answer = send(referrals().header("X-Padding", "a".repeat(20 * 1024)).GET());

        assertEquals(431, answer.statusCode());
    }

    @Test
    void refusesARequestLineOverTheLimitWith414() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                URI.create(Platform.gateway() + "/api/v1/referrals?crimeReference=" + "a".repeat(10_000)))
                .header("Authorization", Tokens.bearer(Persona.COORDINATOR)).GET());

        assertEquals(414, answer.statusCode());
    }

    private static HttpRequest.Builder referrals() {
        return HttpRequest.newBuilder(URI.create(Platform.gateway() + "/api/v1/referrals"))
                .header("Authorization", Tokens.bearer(Persona.COORDINATOR))
                .header("Content-Type", "application/json");
    }

    /**
     * Over HTTP/1.1 (where the header and request-line limits answer 431 and 414; HTTP/2 resets the
     * stream instead), on a connection of its own: after a 431 or 414 the server closes the
     * connection without saying so, and a pooled connection would fail the next test.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A JSON document of exactly {@code size} bytes: {@code {"narrative":"xxx…"}}. */
    private static byte[] jsonOfSize(int size) {
        byte[] body = new byte[size];
        byte[] start = "{\"narrative\":\"".getBytes();
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code) throws IOException {
        assertEquals(status, answer.statusCode(), answer.body());
        assertThat(answer.headers().firstValue("Content-Type").orElse(""), containsString(Problems.PROBLEM_JSON));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt(), equalTo(status));
        assertThat(problem.path("code").asText(), equalTo(code));
    }
}
