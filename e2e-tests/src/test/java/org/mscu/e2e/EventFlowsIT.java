package org.mscu.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue #9 flows through the real broker: events written by one service's outbox are relayed to RabbitMQ and
 * consumed once by another, through the gateway with real Keycloak tokens.
 *
 * <p>No API call makes a service publish a notifying event on the spot: the crime-recording overdue scan runs
 * every {@code REFERRALS_CRIME_RECORDING_OVERDUE_SCAN_EVERY} (15 minutes by default), the order-expiry scan
 * hourly, the rota and placement scans every 15 minutes. So the feed is proven twice: with an event published to
 * the exchange as a service's relay would publish it, and from an overdue referral created through the API, which
 * needs a platform whose overdue scan runs at least every minute ({@code mscu.e2e.overdue-scan-wait}, default
 * two minutes, bounds the wait).
 */
class EventFlowsIT {

    private static final String OPPORTUNITIES = "/api/v1/order-opportunities";
    private static final String NOTIFICATIONS = "/api/v1/notifications";
    private static final String NFA_QUEUE = "orders.referral-no-further-action";
    private static final Duration EVENT_WAIT = Duration.parse(System.getProperty("mscu.e2e.event-wait", "PT1M"));
    private static final Duration OVERDUE_SCAN_WAIT = Duration.parse(System.getProperty("mscu.e2e.overdue-scan-wait", "PT2M"));
    /** Retries of a message before the dead-letter queue, with their delays (5 deliveries, 5 s apart by default). */
    private static final Duration DEAD_LETTER_WAIT = Duration.parse(System.getProperty("mscu.e2e.dead-letter-wait", "PT2M"));

    @Test
    void investigationNotPursuedOpensOneRiskOrderOpportunityAndOtherReasonsNone() {
        String notSlavery = triagedNoFurtherAction("NOT_MODERN_SLAVERY");
        String notPursued = triagedNoFurtherAction("INVESTIGATION_NOT_PURSUED");

        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                opportunitiesOf(notPursued).then().statusCode(200).body("items.size()", equalTo(1)));
        opportunitiesOf(notPursued).then()
                .body("items[0].referralId", equalTo(notPursued))
                .body("items[0].reason", equalTo("INVESTIGATION_NOT_PURSUED"))
                .body("items[0].origin", equalTo("REFERRAL_EVENT"))
                .body("items[0].status", equalTo("OPEN"));
        // One queue, consumed in order: the other referral's event came first and has been handled by now.
        opportunitiesOf(notSlavery).then().statusCode(200).body("items", empty());
    }

    @Test
    void anEventOnTheBrokerReachesTheFeedsOfTheRolesThatActOnItOnce() {
        Instant since = Instant.now().minusSeconds(5);
        UUID order = UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        String envelope = orderExpiring(event, order, "glaa");
        Broker.publish("order.expiring", event, "application/cloudevents+json", envelope);
        Broker.publish("order.expiring", event, "application/cloudevents+json", envelope);
        String marker = UUID.randomUUID().toString();
        Broker.publish("order.expiring", marker, "application/cloudevents+json", orderExpiring(marker, UUID.randomUUID(), "glaa"));

        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                feed(() -> Gateway.as(Persona.COORDINATOR), since).then().statusCode(200).body("items.id", hasItem(marker)));
        List<Map<String, Object>> items = feed(() -> Gateway.as(Persona.COORDINATOR), since).jsonPath().getList("items");
        List<Map<String, Object>> ours = items.stream().filter(item -> event.equals(item.get("id"))).toList();
        assertEquals(1, ours.size(), "the event was delivered twice and is in the feed once");
        Map<String, Object> notification = ours.get(0);
        assertEquals("order.expiring", notification.get("type"));
        assertEquals("/api/v1/orders/" + order, notification.get("link"));
        assertEquals(Map.of("orderId", order.toString()), notification.get("references"));
        assertTrue(((String) notification.get("title")).startsWith("STRO expires on "), notification.toString());

        for (Supplier<RequestSpecification> sees : List.<Supplier<RequestSpecification>>of(
                () -> Gateway.as(People.VULNERABILITY_LEAD), () -> Gateway.as(People.PROBATION_OFFICER),
                () -> Gateway.as(Persona.GLAA_SYSTEM))) {
            feed(sees, since).then().statusCode(200).body("items.id", hasItem(event));
        }
        for (Supplier<RequestSpecification> doesNot : List.<Supplier<RequestSpecification>>of(
                () -> Gateway.as(Persona.ORDER_MANAGER), () -> Gateway.as(Persona.IMMIGRATION_SYSTEM),
                () -> Gateway.as(People.REGISTRAR))) {
            feed(doesNot, since).then().statusCode(200).body("items.id", not(hasItem(event)));
        }
        Problems.assertProblem(Gateway.as(Persona.CHARITY_HOTLINE).get(NOTIFICATIONS).then(), 403);
    }

    @Test
    void anOverdueCrimeRecordingNotifiesCoordinatorAndRegistrar() {
        Instant since = Instant.now().minusSeconds(5);
        Map<String, Object> body = new HashMap<>(Referrals.adultLabourExploitation());
        body.put("receivedAt", Instant.now().minus(25, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        String referral = Gateway.as(Persona.COORDINATOR).body(body).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");

        await().atMost(OVERDUE_SCAN_WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                overdueFeed(() -> Gateway.as(Persona.COORDINATOR), since).then().statusCode(200)
                        .body("items.references.referralId", hasItem(referral)));
        overdueFeed(() -> Gateway.as(People.REGISTRAR), since).then().statusCode(200)
                .body("items.references.referralId", hasItem(referral))
                .body("items.find { it.references.referralId == '" + referral + "' }.link", equalTo("/api/v1/referrals/" + referral));
        overdueFeed(() -> Gateway.as(People.TACTICAL_ADVISOR), since).then().statusCode(200)
                .body("items.references.referralId", not(hasItem(referral)));
    }

    @Test
    void aMalformedEnvelopeEndsInTheDeadLetterQueueAndItsMetric() {
        double before = deadLetters();
        String poison = UUID.randomUUID().toString();
        Broker.publish("referral.no-further-action", poison, "application/cloudevents+json", "{\"specversion\": \"1.0\", \"id\": ");

        await().atMost(DEAD_LETTER_WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertTrue(Broker.messageIds(NFA_QUEUE + ".dlq").contains(poison), "the poison message is in " + NFA_QUEUE + ".dlq"));
        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertTrue(deadLetters() >= before + 1, "orders-service's dead-letter gauge counts it"));
    }

    /** A coordinator's referral, triaged as no further action for the reason; its id. */
    private static String triagedNoFurtherAction(String reason) {
        String id = Gateway.as(Persona.COORDINATOR).body(Referrals.adultLabourExploitation()).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        Gateway.as(Persona.COORDINATOR).body(Map.of("decision", "NO_FURTHER_ACTION", "reason", reason))
                .post("/api/v1/referrals/" + id + "/triage")
                .then().statusCode(200).body("status", equalTo("NO_FURTHER_ACTION"));
        return id;
    }

    private static io.restassured.response.Response opportunitiesOf(String referral) {
        return Gateway.as(Persona.COORDINATOR).queryParam("referralId", referral).get(OPPORTUNITIES);
    }

    private static io.restassured.response.Response feed(Supplier<RequestSpecification> as, Instant since) {
        return as.get().queryParam("type", "order.expiring").queryParam("since", since.toString())
                .queryParam("limit", 200).get(NOTIFICATIONS);
    }

    private static io.restassured.response.Response overdueFeed(Supplier<RequestSpecification> as, Instant since) {
        return as.get().queryParam("type", "referral.crime-recording-overdue").queryParam("since", since.toString())
                .queryParam("limit", 200).get(NOTIFICATIONS);
    }

    /** An {@code order.expiring} CloudEvent as orders-service's relay publishes it (fictional order). */
    private static String orderExpiring(String eventId, UUID order, String applicantAgency) {
        return """
                {"specversion": "1.0", "id": "%s", "type": "order.expiring", "source": "orders", "time": "%s",
                 "subject": "%s", "datacontenttype": "application/json",
                 "data": {"orderId": "%s", "type": "STRO", "applicantAgency": "%s", "expiresOn": "%s"}}"""
                .formatted(eventId, Instant.now().truncatedTo(ChronoUnit.MICROS), order, order, applicantAgency,
                        LocalDate.now().plusDays(60));
    }

    /** orders-service's dead-letter gauge for the no-further-action consumer, read directly from the service. */
    private static double deadLetters() {
        return Metrics.value(Service.ORDERS, "mscu_events_dlq_depth", "consumer", "referral-no-further-action");
    }
}
