package org.mscu.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue #9's outage: with RabbitMQ stopped the platform keeps taking referrals (outboxes grow, readiness stays
 * UP with the detail {@code degraded}, broker {@code unreachable}); once it is back every event is delivered and has exactly one effect.
 *
 * <p>It stops the RabbitMQ application of this machine ({@code rabbitmqctl stop_app}, see {@link Broker}) for
 * everyone using it, and always starts it again. 100 referrals are triaged as "investigation not pursued" while
 * the broker is down; afterwards orders-service must hold exactly one Risk Order opportunity for each, written to
 * its audit log once.
 */
class BrokerOutageIT {

    private static final int REFERRALS = 100;
    private static final Duration DELIVERY_WAIT = Duration.parse(System.getProperty("mscu.e2e.outage-delivery-wait", "PT3M"));
    private static final Duration BROKER_WAIT = Duration.ofSeconds(60);

    @Test
    void referralsTakenWhileTheBrokerIsDownAreDeliveredOnceWhenItReturns() {
        List<String> referrals = new ArrayList<>();
        Broker.stop();
        try {
            await().atMost(BROKER_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertEquals("unreachable", events(Service.REFERRALS).get("broker")));
            for (int i = 0; i < REFERRALS; i++) {
                String id = Calls.retrying(() -> Gateway.as(Persona.COORDINATOR).body(Referrals.adultLabourExploitation())
                        .post("/api/v1/referrals")).then().statusCode(201).extract().path("id");
                Calls.retrying(() -> Gateway.as(Persona.COORDINATOR)
                        .body(Map.of("decision", "NO_FURTHER_ACTION", "reason", "INVESTIGATION_NOT_PURSUED"))
                        .post("/api/v1/referrals/" + id + "/triage")).then().statusCode(200);
                referrals.add(id);
            }
            await().atMost(BROKER_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, Object> events = events(Service.REFERRALS);
                assertEquals("degraded", events.get("status"));
                assertTrue(((Number) events.get("backlog")).longValue() >= 2L * REFERRALS,
                        "the outbox holds the received and no-further-action events: " + events);
            });
            assertEquals("unreachable", events(Service.ORDERS).get("broker"), "orders-service is ready without the broker too");
        } finally {
            Broker.start();
        }
        await().atMost(BROKER_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals("connected", events(Service.REFERRALS).get("broker")));

        Set<String> waiting = new LinkedHashSet<>(referrals);
        await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
            waiting.removeIf(id -> opportunitiesOf(id).jsonPath().getList("items").size() == 1);
            return waiting.isEmpty();
        });
        for (String referral : referrals) {
            Response opportunities = opportunitiesOf(referral);
            opportunities.then().statusCode(200).body("items.size()", equalTo(1))
                    .body("items[0].origin", equalTo("REFERRAL_EVENT"));
            String opportunity = opportunities.path("items[0].id");
            Calls.retrying(() -> Gateway.as(Persona.AUDITOR).queryParam("resourceId", opportunity).get("/api/v1/audit/orders"))
                    .then().statusCode(200)
                    .body("items.findAll { it.operation == 'COLLECTION' }.size()", equalTo(1));
        }
    }

    private static Response opportunitiesOf(String referral) {
        return Calls.retrying(() -> Gateway.as(Persona.COORDINATOR).queryParam("referralId", referral).get("/api/v1/order-opportunities"));
    }

    private static Response readiness(Service service) {
        return io.restassured.RestAssured.given().baseUri(Platform.direct(service)).get("/q/health/ready");
    }

    /** The detail of the service's readiness check {@code events}; the service must be ready (UP) whatever it says. */
    private static Map<String, Object> events(Service service) {
        Response ready = readiness(service);
        ready.then().statusCode(200).body("status", equalTo("UP"));
        return ready.path("checks.find { it.name == 'events' }.data");
    }
}
