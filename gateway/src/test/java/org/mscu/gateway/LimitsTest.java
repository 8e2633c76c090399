package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LimitsTest {

    @Inject
    Vertx vertx;

    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .contentType("application/json").body(new byte[ONE_MIB])
                .when().post("/api/v1/referrals")
                .then().statusCode(200)
                .body("bodyLength", equalTo(ONE_MIB));
    }

    @Test
    void refusesABodyOverTheLimitWith413Problem() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .contentType("application/json").body(new byte[ONE_MIB + 1])
                .when().post("/api/v1/referrals")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void refusesAChunkedBodyAsSoonAsItGrowsPastTheLimit() {
        HttpClient client = vertx.createHttpClient();
        try {
            HttpClientResponse response = client.request(HttpMethod.POST, RestAssured.port, "127.0.0.1", "/api/v1/referrals")
                    .compose(request -> {
                        request.putHeader("Authorization", Tokens.bearer(Tokens.valid()));
                        request.putHeader("Content-Type", "application/json");
                        request.setChunked(true);
                        for (int i = 0; i < 24; i++) {
                            request.write(Buffer.buffer(new byte[64 * 1024]));
                        }
                        request.end();
                        return request.response();
                    })
                    .toCompletionStage().toCompletableFuture().join();
            assertEquals(413, response.statusCode());
            assertEquals("application/problem+json", response.getHeader("Content-Type"));
        } finally {
            client.close();
        }
    }

    @Test
    void letsAClientThatWritesTheWholeBodyFirstReadThe413AndKeepItsConnection() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            int length = 24 * ONE_MIB; // more than socket buffers hold: the gateway must read it
            out.write(("POST /api/v1/referrals HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Tokens.bearer(Tokens.valid())
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[length]);
            out.write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answers = readAtLeast(socket.getInputStream(), 2, "HTTP/1.1 ");
            assertTrue(answers.startsWith("HTTP/1.1 413"), answers);
            assertTrue(answers.substring(1).contains("HTTP/1.1 200"), "the connection serves the next request: " + answers);
        }
    }

    /** Reads until {@code marker} has been seen {@code times} times (or the stream ends). */
    private static String readAtLeast(InputStream in, int times, String marker) throws Exception {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        int read;
        while (text.toString().split(java.util.regex.Pattern.quote(marker), -1).length - 1 < times
                && (read = in.read(buffer)) != -1) {
            text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }

    @Test
    void refusesABodyOverTheLimitWithAValidHttp2AnswerToo() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
        try {
            HttpClientResponse response = client.request(HttpMethod.POST, RestAssured.port, "127.0.0.1", "/api/v1/referrals")
                    .compose(request -> {
                        request.putHeader("Authorization", Tokens.bearer(Tokens.valid()));
                        request.putHeader("Content-Type", "application/json");
                        return request.send(Buffer.buffer(new byte[ONE_MIB + 1]));
                    })
                    .toCompletionStage().toCompletableFuture().join();
            assertEquals(HttpVersion.HTTP_2, response.version());
            assertEquals(413, response.statusCode());
            assertNull(response.getHeader("Connection"), "HTTP/2 forbids connection-specific headers");
        } finally {
            client.close();
        }
    }

    @Test
    void refusesAMethodTheRouteDoesNotServeWith405AndAllow() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .contentType("application/json").body("{}")
                .when().post("/api/v1/readonly/things")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void answersExpectContinueAndForwardsTheBody() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("Expect", "100-continue")
                .contentType("application/json").body(new byte[4096])
                .when().post("/api/v1/referrals")
                .then().statusCode(200)
                .body("bodyLength", equalTo(4096))
                .body("headers.expect", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void answersTheDeclaredOversizeWithAProblemToo() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .contentType("application/json").body(new byte[11 * ONE_MIB])
                .when().post("/api/v1/referrals")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void refusesTraceEverywhere() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().request("TRACE", "/api/v1/referrals")
                .then().statusCode(405);
    }

    @Test
    void servesTheMethodsTheRouteLists() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/readonly/things")
                .then().statusCode(200)
                .body("server", equalTo("beta"));
    }

    @Test
    void refusesOversizedHeaders() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("X-Padding", "x".repeat(20_000))
                .when().get("/api/v1/referrals")
                .then().statusCode(431);
    }
}
