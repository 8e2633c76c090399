package org.mscu.referral.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mscu.referral.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.Outcome;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestEvents;
import org.mscu.referral.crime.OverdueScan;
import org.mscu.referral.support.Api;
import org.mscu.referral.support.ReferralBodies;

/**
 * The notifications feed, fed through the real broker: each type reaches exactly the personas policy.yaml
 * gives it (the table below is the expectation, written from access-policy.md and identities.md), a
 * redelivered event is one notification, filters and pages work, and a role without notifications gets 403.
 */
@QuarkusTest
class NotificationFeedTest {

    private static final String FEED = "/api/v1/notifications";
    private static final String CONSUMER = "notifications";

    /** Who may call the feed at all; everybody else gets 403. */
    private static final Set<Persona> FEED_HOLDERS = EnumSet.of(Persona.COORDINATOR, Persona.REGISTRAR, Persona.TACTICAL_ADVISOR,
            Persona.VULNERABILITY_LEAD, Persona.ORDER_MANAGER, Persona.PROBATION_OFFICER, Persona.IMMIGRATION_SYSTEM,
            Persona.GLAA_SYSTEM, Persona.IMMIGRATION_OFFICER, Persona.HOUSING_OFFICER, Persona.SAFEHAVEN_OFFICER);

    @Inject
    OverdueScan overdueScan;

    @Inject
    NotificationService notifications;

    private static EventEnvelope delivered(String type, Object subject, Map<String, Object> data) {
        EventEnvelope event = TestEvents.publish(EventEnvelope.of("test", type, subject, data));
        TestEvents.awaitProcessed(CONSUMER, event.id());
        return event;
    }

    private static EventEnvelope orderExpiring(String applicantAgency) {
        UUID order = UUID.randomUUID();
        return delivered("order.expiring", order, Map.of("orderId", order.toString(), "type", "STPO",
                "applicantAgency", applicantAgency, "expiresOn", LocalDate.now().plusDays(80).toString()));
    }

    private static Response feed(Persona persona, Object... query) {
        var request = as(persona).queryParam("limit", 200);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(FEED);
    }

    /** The personas whose feed (filtered to the event's type and time) holds the event. */
    private static Set<Persona> seeing(EventEnvelope event) {
        Set<Persona> seeing = EnumSet.noneOf(Persona.class);
        for (Persona persona : FEED_HOLDERS) {
            List<String> ids = feed(persona, "type", event.type(), "since", event.time().toString())
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
            if (ids.contains(event.id())) {
                seeing.add(persona);
            }
        }
        return seeing;
    }

    @Test
    void overdueCrimeRecordingReachesCoordinatorAndRegistrar() {
        UUID referral = UUID.randomUUID();
        EventEnvelope event = delivered("referral.crime-recording-overdue", referral, Map.of("referralId", referral.toString(),
                "reference", "MSR-2026-000042", "dueBy", Instant.now().minusSeconds(60).toString()));
        assertThat(seeing(event)).containsExactlyInAnyOrder(Persona.COORDINATOR, Persona.REGISTRAR);
    }

    @Test
    void rotaGapReachesCoordinatorAndTacticalAdvisor() {
        UUID gap = UUID.randomUUID();
        Instant from = Instant.now().plus(Duration.ofHours(30));
        EventEnvelope event = delivered("rota.gap-detected", gap, Map.of("gapId", gap.toString(), "from", from.toString(),
                "to", from.plus(Duration.ofHours(2)).toString(), "minutes", 120));
        assertThat(seeing(event)).containsExactlyInAnyOrder(Persona.COORDINATOR, Persona.TACTICAL_ADVISOR);
    }

    @Test
    void expiringOrderReachesTheUnitProbationAndOnlyItsOwnApplicant() {
        assertThat(seeing(orderExpiring("glaa"))).containsExactlyInAnyOrder(Persona.COORDINATOR, Persona.VULNERABILITY_LEAD,
                Persona.PROBATION_OFFICER, Persona.GLAA_SYSTEM);
        assertThat(seeing(orderExpiring("immigration-enforcement"))).containsExactlyInAnyOrder(Persona.COORDINATOR,
                Persona.VULNERABILITY_LEAD, Persona.PROBATION_OFFICER, Persona.IMMIGRATION_SYSTEM, Persona.IMMIGRATION_OFFICER);
        assertThat(seeing(orderExpiring("gmp"))).containsExactlyInAnyOrder(Persona.COORDINATOR, Persona.VULNERABILITY_LEAD,
                Persona.PROBATION_OFFICER, Persona.ORDER_MANAGER);
    }

    @Test
    void placementEndingSoonReachesCoordinatorAndHousingProvidersNeverImmigration() {
        UUID placement = UUID.randomUUID();
        EventEnvelope event = delivered("placement.ending-soon", placement, Map.of("placementId", placement.toString(),
                "victimRef", "VIC-TEST", "bedId", UUID.randomUUID().toString(), "propertyId", UUID.randomUUID().toString(),
                "from", LocalDate.now().minusDays(5).toString(), "plannedTo", LocalDate.now().plusDays(1).toString(),
                "requestedByAgency", "immigration-enforcement"));
        assertThat(seeing(event)).containsExactlyInAnyOrder(Persona.COORDINATOR, Persona.HOUSING_OFFICER, Persona.SAFEHAVEN_OFFICER);
    }

    @Test
    void aNotificationSaysWhatHappenedWithoutPersonalData() {
        UUID referral = UUID.randomUUID();
        EventEnvelope event = delivered("referral.crime-recording-overdue", referral, Map.of("referralId", referral.toString(),
                "reference", "MSR-2026-000043", "dueBy", "2026-03-02T10:00:00Z", "givenName", "Testa"));
        feed(Persona.COORDINATOR, "type", "referral.crime-recording-overdue", "since", event.time().toString())
                .then().statusCode(200)
                .body("items.find { it.id == '" + event.id() + "' }.type", equalTo("referral.crime-recording-overdue"))
                .body("items.find { it.id == '" + event.id() + "' }.occurredAt", equalTo(event.time().toString()))
                .body("items.find { it.id == '" + event.id() + "' }.title",
                        equalTo("Crime recording overdue for referral MSR-2026-000043 (due 2026-03-02T10:00:00Z)"))
                .body("items.find { it.id == '" + event.id() + "' }.link", equalTo("/api/v1/referrals/" + referral))
                .body("items.find { it.id == '" + event.id() + "' }.references.referralId", equalTo(referral.toString()));
        assertThat(feed(Persona.COORDINATOR, "since", event.time().toString()).asString()).doesNotContain("Testa");
    }

    @Test
    void aRedeliveredEventIsOneNotification() {
        EventEnvelope event = orderExpiring("gmp");
        TestEvents.publish(event);
        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DUPLICATE);
        List<String> ids = feed(Persona.COORDINATOR, "type", "order.expiring", "since", event.time().toString())
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(ids.stream().filter(event.id()::equals)).hasSize(1);
    }

    @Test
    void theSameNotificationRecordedTwiceIsKeptOnce() {
        EventEnvelope event = orderExpiring("gmp");
        assertThat(notifications.record(UUID.fromString(event.id()), event.type(), event.source(), event.time(), event.data()))
                .as("the consumer recorded it already").isFalse();
    }

    @Test
    void theOverdueScanOfThisServiceFeedsTheFeedThroughTheBroker() {
        Instant since = Instant.now().minusSeconds(1);
        String referral = Api.createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAgo(Duration.ofHours(25)).build());
        assertThat(overdueScan.scan()).isGreaterThanOrEqualTo(1);
        org.awaitility.Awaitility.await().atMost(TestEvents.WAIT).untilAsserted(() ->
                assertThat(feed(Persona.REGISTRAR, "type", "referral.crime-recording-overdue", "since", since.toString()).jsonPath()
                        .getList("items.references.referralId", String.class)).contains(referral));
    }

    @Test
    void pagesNewestFirstWithTypeAndSinceFilters() {
        Instant since = Instant.now().minusMillis(1);
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(orderExpiring("gmp").id());
        }
        UUID gap = UUID.randomUUID();
        delivered("rota.gap-detected", gap, Map.of("gapId", gap.toString(), "from", "2030-01-01T00:00:00Z", "to", "2030-01-01T01:00:00Z"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Persona.VULNERABILITY_LEAD).queryParam("limit", 2).queryParam("type", "order.expiring")
                    .queryParam("since", since.toString());
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        List<String> newestFirst = new ArrayList<>(published);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen.stream().filter(published::contains).toList()).isEqualTo(newestFirst);
        assertThat(seen).doesNotContain(gap.toString());
        List<String> times = feed(Persona.COORDINATOR, "since", since.toString()).jsonPath().getList("items.occurredAt", String.class);
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    @Test
    void rolesWithoutNotificationsAreForbidden() {
        for (Persona persona : Persona.values()) {
            Response response = feed(persona);
            if (FEED_HOLDERS.contains(persona)) {
                assertThat(response.statusCode()).as(persona.name()).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(persona.name()).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void rejectsMalformedFilters() {
        feed(Persona.COORDINATOR, "type", "referral.received").then().statusCode(400).body("errors[0].field", equalTo("type"));
        feed(Persona.COORDINATOR, "since", "yesterday").then().statusCode(400).body("errors[0].field", equalTo("since"));
        feed(Persona.COORDINATOR, "cursor", "not-a-cursor").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        as(Persona.COORDINATOR).queryParam("limit", 201).get(FEED).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anEventWithoutWhatItsTypeNeedsEndsInTheDeadLetterQueue() {
        EventEnvelope event = TestEvents.publish("order.expiring", null, Map.of("type", "STPO"));
        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DEAD_LETTERED);
        as(Persona.COORDINATOR).get("/api/v1/events/referrals/dead-letters").then().statusCode(200)
                .body("find { it.consumer == 'notifications' }.queue", equalTo("referrals.notifications"))
                .body("find { it.consumer == 'notifications' }.deadLetters", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(Persona.REGISTRAR).get("/api/v1/events/referrals/dead-letters").then().statusCode(403);
        assertThat(feed(Persona.COORDINATOR, "type", "order.expiring", "since", event.time().toString())
                .jsonPath().getList("items.id", String.class)).doesNotContain(event.id());
    }

    @Test
    void everyTypeIsAnActionOfThePolicyAndEveryFeedHolderSeesSomeType() {
        var walker = org.mscu.platform.testing.PolicyWalker.fromClasspath();
        List<String> actions = new ArrayList<>(List.of(NotificationType.FEED));
        Arrays.stream(NotificationType.values()).map(NotificationType::action).forEach(actions::add);
        assertThat(walker.document().resources().get(NotificationType.RESOURCE)).containsExactlyInAnyOrderElementsOf(actions);
        Set<Persona> seeingSomeType = EnumSet.noneOf(Persona.class);
        Arrays.stream(NotificationType.values()).forEach(t -> seeingSomeType.addAll(walker.permitted(NotificationType.RESOURCE, t.action())));
        assertThat(seeingSomeType).containsExactlyInAnyOrderElementsOf(walker.permitted(NotificationType.RESOURCE, NotificationType.FEED));
        assertThat(walker.permitted(NotificationType.RESOURCE, NotificationType.FEED)).containsExactlyInAnyOrderElementsOf(FEED_HOLDERS);
    }
}
