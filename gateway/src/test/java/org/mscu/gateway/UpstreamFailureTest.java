package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpstreamFailureTest {

    @Test
    void answers503QuicklyWhenTheUpstreamIsDown() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/placements")
                .then().statusCode(503)
                .time(lessThan(3000L))
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
    }

    @Test
    void answers502WhenTheUpstreamHangsUpWithoutAnswer() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/referrals/hang-up")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("UPSTREAM_BAD_RESPONSE"));
    }

    @Test
    void retriesAnIdempotentRequestOnceWhenTheUpstreamHangsUp() {
        String requestId = "retry-get-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(Tokens.valid())).header("X-Request-Id", requestId)
                .when().get("/api/v1/referrals/hang-up")
                .then().statusCode(502);
        assertUpstreamSaw(requestId, 2);
    }

    @Test
    void neverRetriesAPost() {
        String requestId = "retry-post-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(Tokens.valid())).header("X-Request-Id", requestId)
                .contentType("application/json").body("{}")
                .when().post("/api/v1/referrals/hang-up")
                .then().statusCode(502);
        assertUpstreamSaw(requestId, 1);
    }

    @Test
    void answers504WhenTheUpstreamDoesNotAnswerInTime() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/slow/report")
                .then().statusCode(504)
                .time(lessThan(3000L))
                .contentType("application/problem+json")
                .body("code", equalTo("UPSTREAM_TIMEOUT"));
    }

    @Test
    void rewritesTheUpstreamsAbsoluteLocationToAPath() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .contentType("application/json").body("{}")
                .when().post("/api/v1/referrals/created")
                .then().statusCode(201)
                .header("Location", "/api/v1/referrals/123");
    }

    private static void assertUpstreamSaw(String requestId, int times) {
        URI alpha = URI.create(ConfigProvider.getConfig().getValue("mscu.gateway.routes.referral.url", String.class));
        given().baseUri("http://" + alpha.getHost()).port(alpha.getPort())
                .when().get("/__hits/" + requestId)
                .then().statusCode(200).body(equalTo(Integer.toString(times)));
    }
}
