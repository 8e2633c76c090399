package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CircuitBreakerTest {

    @Inject
    Vertx vertx;

    @Test
    void opensAfterRepeatedFailuresAnswersAtOnceAndRecoversWhenTheUpstreamIsBack() {
        String token = Tokens.bearer(Tokens.valid());
        // failure-threshold 2: two real attempts against a closed port...
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", token).when().get("/api/v1/flaky")
                    .then().statusCode(503).header("Retry-After", nullValue());
        }
        // ...then the circuit is open: 503 with Retry-After without trying
        given().header("Authorization", token).when().get("/api/v1/flaky")
                .then().statusCode(503).time(lessThan(2000L))
                .header("Retry-After", notNullValue())
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));

        HttpServer upstream = startUpstreamOnFlakyPort();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().header("Authorization", token).when().get("/api/v1/flaky/x")
                            .then().statusCode(200).body(equalTo("back")));
        } finally {
            upstream.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void relaysAServicesOwn503WithRetryAfterWithoutOpeningItsCircuit() {
        String token = Tokens.bearer(Tokens.valid());
        // failure-threshold 2, open-duration 30 s: five such answers would have opened it twice over.
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", token).when().get("/api/v1/declining/retry-later")
                    .then().statusCode(503).header("Retry-After", "2").body("code", equalTo("DATABASE_UNAVAILABLE"));
        }
        // The moment the service serves again, so does the gateway: no circuit to wait out.
        given().header("Authorization", token).when().get("/api/v1/declining/x").then().statusCode(200);
    }

    @Test
    void opensTheCircuitOnA503ThatSaysNothingOfWhenToRetry() {
        String token = Tokens.bearer(Tokens.valid());
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", token).when().get("/api/v1/overloaded/unavailable")
                    .then().statusCode(503).header("Retry-After", nullValue());
        }
        given().header("Authorization", token).when().get("/api/v1/overloaded/x")
                .then().statusCode(503).header("Retry-After", notNullValue()).body("code", equalTo("UPSTREAM_UNAVAILABLE"));
    }

    private HttpServer startUpstreamOnFlakyPort() {
        int port = URI.create(ConfigProvider.getConfig().getValue("mscu.gateway.routes.flaky.url", String.class)).getPort();
        return vertx.createHttpServer()
                .requestHandler(request -> request.response().end("back"))
                .listen(port)
                .toCompletionStage().toCompletableFuture().join();
    }
}
