package org.mscu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routes naming several instances (FakeUpstreams: pair, half-down, all-down). */
@QuarkusTest
class MultiInstanceRoutingTest {

    @Test
    void takesTheInstancesOfARouteInTurn() {
        List<String> servers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            servers.add(given().header("Authorization", Tokens.bearer(Tokens.valid()))
                    .when().get(FakeUpstreams.PAIR + "/items")
                    .then().statusCode(200).extract().path("server"));
        }
        assertEquals(2, servers.stream().filter("alpha"::equals).count(), servers.toString());
        assertEquals(2, servers.stream().filter("beta"::equals).count(), servers.toString());
        for (int i = 1; i < servers.size(); i++) {
            assertEquals(false, servers.get(i).equals(servers.get(i - 1)), "in turn: " + servers);
        }
    }

    @Test
    void sendsEveryRequestEvenAPostToTheInstanceThatIsUpWhenTheOtherRefusesConnections() {
        for (int i = 0; i < 6; i++) {
            given().header("Authorization", Tokens.bearer(Tokens.valid()))
                    .contentType("application/json").body("{}")
                    .when().post(FakeUpstreams.HALF_DOWN + "/items")
                    .then().statusCode(200).body("server", equalTo("beta")).body("method", equalTo("POST"));
            given().header("Authorization", Tokens.bearer(Tokens.valid()))
                    .when().get(FakeUpstreams.HALF_DOWN + "/items")
                    .then().statusCode(200).body("server", equalTo("beta"));
        }
        // The instance that refused opened its own circuit (threshold 2); the route stays ready.
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.'half-down'", startsWith("UP (1 of 2 instances up: "));
    }

    @Test
    void answers503OnlyWhenNoInstanceCanTakeTheRequest() {
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Tokens.bearer(Tokens.valid()))
                    .when().get(FakeUpstreams.ALL_DOWN + "/items")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        }
        // Both instances refused twice (threshold 2): both circuits are open, the answer comes at once.
        given().header("Authorization", Tokens.bearer(Tokens.valid()))
                .when().get(FakeUpstreams.ALL_DOWN + "/items")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("UPSTREAM_UNAVAILABLE"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.'all-down'", startsWith("UNREACHABLE (0 of 2 instances up: "));
    }
}
