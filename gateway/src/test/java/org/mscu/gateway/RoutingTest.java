package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RoutingTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/referrals, alpha",
            "/api/v1/referrals/4f1c/triage, alpha",
            "/api/v1/compliance/crime-recording, alpha",
            "/api/v1/networks, alpha",
            "/api/v1/notifications, alpha",
            "/api/v1/audit/referrals/verify, alpha",
            "/api/v1/orders/9/decision, alpha",
            "/api/v1/order-opportunities, alpha",
            "/api/v1/audit/orders, alpha",
            "/api/v1/victims/7/liaison, beta",
            "/api/v1/liaison-officers, beta",
            "/api/v1/tactical-advisors/on-call, beta",
            "/api/v1/audit/victims, beta"})
    void routesEachPrefixToItsUpstreamWithoutRewritingThePath(String path, String upstream) {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get(path + "?limit=5&cursor=abc")
                .then().statusCode(200)
                .body("server", equalTo(upstream))
                .body("uri", equalTo(path + "?limit=5&cursor=abc"));
    }

    @Test
    void passesTheTokenOnUnchanged() {
        String token = Tokens.valid();
        given().header("Authorization", "Bearer " + token)
                .when().get("/api/v1/referrals")
                .then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void forwardsTheBodyAndMethod() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .contentType("application/json").body("{\"source\":\"NRM\"}")
                .when().post("/api/v1/referrals")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(16));
    }

    @Test
    void answersProblem404ForAPathNoRouteServes() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/unknown-things")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/v1/unknown-things"))
                .body("type", startsWith("https://mscu.dev/problems/"));
    }

    @Test
    void doesNotMatchAPrefixInsideAPathSegment() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/referralsX")
                .then().statusCode(404);
    }

    @Test
    void echoesAndForwardsAGivenRequestId() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("X-Request-Id", "client-req-42")
                .when().get("/api/v1/victims")
                .then().statusCode(200)
                .header("X-Request-Id", "client-req-42")
                .body("headers.x-request-id", equalTo("client-req-42"));
    }

    @Test
    void generatesARequestIdWhenNoneOrAMalformedOneIsGiven() {
        Response response = given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("X-Request-Id", "not allowed\u00e9 spaces")
                .when().get("/api/v1/victims");
        String id = response.header("X-Request-Id");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("headers.x-request-id", equalTo(id));
    }

    @Test
    void carriesTheW3cTraceOnToTheUpstream() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/api/v1/referrals")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-" + traceId + "-[0-9a-f]{16}-01"));
    }

    @Test
    void dropsHopByHopHeadersAndAddsForwardingHeaders() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .header("Connection", "keep-alive, X-Secret-Hop")
                .header("X-Secret-Hop", "internal")
                .when().get("/api/v1/referrals")
                .then().statusCode(200)
                .body("headers.x-secret-hop", is((Object) null))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", not(is((Object) null)));
    }

    @Test
    void setsSecurityHeadersAndNoStoreOnApiResponses() {
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get("/api/v1/referrals")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", FakeUpstreams.HSTS)
                .header("Cache-Control", "no-store");
    }
}
