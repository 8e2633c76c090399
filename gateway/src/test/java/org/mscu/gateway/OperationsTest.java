package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWhileSomeUpstreamsAnswerAndReportsEachOne() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.referral", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.victim", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.accommodation", startsWith("UNREACHABLE"));
    }

    @Test
    void exposesPerRouteMetrics() {
        given().header("Authorization", Tokens.bearer(Tokens.valid())).when().get("/api/v1/victims").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("mscu_gateway_requests_seconds_count{"))
                .body(containsString("route=\"victim\""));
    }
}
