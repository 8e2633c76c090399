package org.mscu.orders.opportunity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.Outcome;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestEvents;

/**
 * The {@code referral.no-further-action} consumer through the real broker: an investigation not pursued opens one
 * Risk Order opportunity however often and however the event arrives; other reasons change nothing; an event
 * without a referral ends in the dead-letter queue.
 */
@QuarkusTest
class NoFurtherActionEventsTest {

    private static final String CONSUMER = "referral-no-further-action";
    private static final String PATH = "/api/v1/order-opportunities";

    /** The event as referral-service writes it (ids and reason, no personal data). */
    private static EventEnvelope noFurtherAction(UUID referral, String reason) {
        return EventEnvelope.of("referrals", NoFurtherActionEvents.EVENT_TYPE, referral, Map.of("referralId", referral.toString(),
                "reference", "MSR-2026-000077", "child", false, "exploitationTypes", java.util.List.of("LABOUR"), "reason", reason));
    }

    private static EventEnvelope delivered(EventEnvelope event) {
        TestEvents.publish(event);
        TestEvents.awaitProcessed(CONSUMER, event.id());
        return event;
    }

    private static ValidatableResponse opportunitiesOf(UUID referral) {
        return Api.as(Persona.COORDINATOR).queryParam("referralId", referral.toString()).get(PATH).then().statusCode(200);
    }

    @Test
    void investigationNotPursuedOpensAnOpportunity() {
        UUID referral = UUID.randomUUID();
        delivered(noFurtherAction(referral, "INVESTIGATION_NOT_PURSUED"));
        String id = opportunitiesOf(referral)
                .body("items.size()", equalTo(1))
                .body("items[0].reason", equalTo("INVESTIGATION_NOT_PURSUED"))
                .body("items[0].origin", equalTo("REFERRAL_EVENT"))
                .body("items[0].status", equalTo("OPEN"))
                .extract().path("items[0].id");
        Api.as(Persona.AUDITOR).queryParam("resourceId", id).get("/api/v1/audit/orders").then().statusCode(200)
                .body("items.findAll { it.operation == 'COLLECTION' }.size()", equalTo(1))
                .body("items.find { it.operation == 'COLLECTION' }.justification", equalTo("system"));
    }

    @Test
    void aRedeliveredEventOpensNoSecondOpportunity() {
        UUID referral = UUID.randomUUID();
        EventEnvelope event = delivered(noFurtherAction(referral, "INVESTIGATION_NOT_PURSUED"));
        TestEvents.publish(event);
        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DUPLICATE);
        opportunitiesOf(referral).body("items.size()", equalTo(1));
    }

    @Test
    void anotherEventAboutTheSameReferralOpensNoSecondOpportunity() {
        UUID referral = UUID.randomUUID();
        delivered(noFurtherAction(referral, "INVESTIGATION_NOT_PURSUED"));
        delivered(noFurtherAction(referral, "INVESTIGATION_NOT_PURSUED"));
        opportunitiesOf(referral).body("items.size()", equalTo(1));
    }

    @Test
    void anOpportunityOpenedByAPersonIsKept() {
        UUID referral = UUID.randomUUID();
        Api.post(Persona.VULNERABILITY_LEAD, PATH, Map.of("referralId", referral.toString(), "reason", "OTHER"))
                .then().statusCode(201);
        delivered(noFurtherAction(referral, "INVESTIGATION_NOT_PURSUED"));
        opportunitiesOf(referral).body("items.size()", equalTo(1))
                .body("items[0].origin", equalTo("REQUEST"))
                .body("items[0].reason", equalTo("OTHER"));
    }

    @Test
    void otherReasonsAreAcknowledgedWithoutEffect() {
        for (String reason : new String[] {"NOT_MODERN_SLAVERY", "INSUFFICIENT_INFORMATION", "DUPLICATE", "REFERRED_ELSEWHERE", "OTHER"}) {
            UUID referral = UUID.randomUUID();
            delivered(noFurtherAction(referral, reason));
            opportunitiesOf(referral).body("items.size()", equalTo(0));
        }
    }

    @Test
    void anEventWithoutAReferralEndsInTheDeadLetterQueue() {
        EventEnvelope event = TestEvents.publish(NoFurtherActionEvents.EVENT_TYPE, null, Map.of("reason", "INVESTIGATION_NOT_PURSUED"));
        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DEAD_LETTERED);
        Api.get(Persona.COORDINATOR, "/api/v1/events/orders/dead-letters").then().statusCode(200)
                .body("find { it.consumer == 'referral-no-further-action' }.queue", equalTo("orders." + CONSUMER))
                .body("find { it.consumer == 'referral-no-further-action' }.deadLetters", greaterThanOrEqualTo(1));
    }
}
