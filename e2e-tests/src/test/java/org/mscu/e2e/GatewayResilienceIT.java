package org.mscu.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * #8: a service that is down is answered at once with a 503 problem — the gateway does not make
 * callers wait for it — while the other services keep answering, and the route works again once
 * the service is back. Stops orders-service with {@code bin/platform stop} and always starts it again.
 */
class GatewayResilienceIT {

    private static final String SERVICE = "orders-service";
    private static final String ORDERS = "/api/v1/orders";
    /** More than the circuit breaker's failure threshold (5): the later answers come from the open circuit. */
    private static final int CALLS_WHILE_DOWN = 8;
    private static final long PROMPT_MILLIS = 1_000;

    @Test
    void answersAStoppedServiceWith503WithinOneSecondAndRecoversWhenItIsBack() {
        listOrders().then().statusCode(200);
        Launcher.stop(SERVICE);
        try {
            for (int i = 0; i < CALLS_WHILE_DOWN; i++) {
                long started = System.nanoTime();
                Response answer = listOrders();
                long millis = (System.nanoTime() - started) / 1_000_000;

                Problems.assertProblem(answer.then(), 503);
                answer.then().body("code", equalTo("UPSTREAM_UNAVAILABLE")).header("X-Request-Id", notNullValue());
                assertThat("call " + (i + 1) + " with " + SERVICE + " down took " + millis + " ms", millis, lessThan(PROMPT_MILLIS));
            }
            Gateway.as(Persona.COORDINATOR).queryParam("limit", 1).get("/api/v1/referrals").then().statusCode(200);
            given().get(Platform.gateway() + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            Launcher.start(SERVICE);
        }
        // The circuit lets a probe through once its open time (10 s) is over; the first success closes it.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> listOrders().then().statusCode(200));
    }

    private static Response listOrders() {
        return Gateway.as(Persona.ORDER_MANAGER).queryParam("limit", 1).get(ORDERS);
    }
}
