package org.mscu.victim.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.testing.LogCapture;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestEvents;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Intake;

/**
 * placement.started / placement.ended through the real broker (test exchange) onto the victim's
 * timeline; the property is shown only to callers cleared to know where a victim is placed.
 */
@QuarkusTest
class PlacementTimelineTest {

    private static final String CONSUMER = "placements";

    private record Placement(UUID id, UUID propertyId, String victimRef) {
        Placement(String victimRef) {
            this(UUID.randomUUID(), UUID.randomUUID(), victimRef);
        }

        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("placementId", id.toString());
            data.put("victimRef", victimRef);
            data.put("bedId", UUID.randomUUID().toString());
            data.put("propertyId", propertyId.toString());
            data.put("from", "2026-11-30");
            data.put("plannedTo", "2026-12-03");
            data.put("requestedByAgency", "gmp");
            return data;
        }

        EventEnvelope started() {
            return EventEnvelope.of("accommodation", "placement.started", id, data());
        }

        EventEnvelope ended(String endedAt, String outcome) {
            Map<String, Object> data = data();
            data.put("endedAt", endedAt);
            data.put("outcome", outcome);
            return EventEnvelope.of("accommodation", "placement.ended", id, data);
        }
    }

    private static void deliver(EventEnvelope event) {
        TestEvents.publish(event);
        TestEvents.awaitProcessed(CONSUMER, event.id());
    }

    @Test
    void aPlacementStartedAndEndedIsOnTheTimelineOfTheVictimItNames() {
        String victim = Api.victimAssignedTo(Persona.VLO_ONE);
        Placement placement = new Placement(victim);

        deliver(placement.started());
        String endedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(60).toString();
        deliver(placement.ended(endedAt, "MOVED_ON"));

        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "LIAISON_ASSIGNED", "PLACEMENT_STARTED", "PLACEMENT_ENDED")))
                .body("items[2].placementId", equalTo(placement.id().toString()))
                .body("items[2].propertyId", equalTo(placement.propertyId().toString()))
                .body("items[2].from", equalTo("2026-11-30"))
                .body("items[2].plannedTo", equalTo("2026-12-03"))
                .body("items[3].occurredAt", equalTo(endedAt))
                .body("items[3].detail", equalTo("MOVED_ON"))
                .body("items[3]", not(hasKey("bedId")));
        // the assigned liaison officer may read accommodation without addresses: the property id is theirs to see
        Api.as(Persona.VLO_ONE).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .body("items[2].propertyId", equalTo(placement.propertyId().toString()));
    }

    @Test
    void aTacticalAdvisorSeesThePlacementButNotItsProperty() {
        String victim = Api.victim().create();
        Placement placement = new Placement(victim);
        deliver(placement.started());

        Api.as(Persona.TACTICAL_ADVISOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .body("items[1].kind", equalTo("PLACEMENT_STARTED"))
                .body("items[1].placementId", equalTo(placement.id().toString()))
                .body("items[1]", not(hasKey("propertyId")));
    }

    @Test
    void aPlacementMayNameTheVictimByItsReferralReference() {
        Intake.Proposed proposed = Intake.victimWithProposal();
        String reference = Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + proposed.victimId())
                .then().statusCode(200).extract().path("referralReference");
        Placement placement = new Placement(reference);

        deliver(placement.started());

        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + proposed.victimId() + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "LIAISON_PROPOSED", "PLACEMENT_STARTED")));
    }

    @Test
    void aPlacementPublishedTwiceIsRecordedOnce() {
        String victim = Api.victim().create();
        Placement placement = new Placement(victim);
        deliver(placement.started());
        deliver(placement.started());

        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "PLACEMENT_STARTED")));
    }

    @Test
    void aPlacementOfNoKnownVictimIsAcknowledgedWithoutEffectAndLoggedWithoutItsReference() {
        String victimRef = "VIC-" + Api.randomWord();
        Placement placement = new Placement(victimRef);
        try (LogCapture log = LogCapture.of(PlacementConsumer.class)) {
            deliver(placement.started());
            assertThat(log.messages()).anyMatch(m -> m.contains(placement.id().toString()))
                    .noneMatch(m -> m.contains(victimRef));
        }
        assertThat(TimelineEntry.<TimelineEntry>count("placementId", placement.id())).isZero();
    }

    @Test
    void theTimelineIsPaginatedOldestFirst() {
        String victim = Api.victimAssignedTo(Persona.VLO_ONE);
        deliver(new Placement(victim).started());

        String cursor = Api.as(Persona.COORDINATOR).queryParam("limit", 2).get("/api/v1/victims/" + victim + "/timeline")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "LIAISON_ASSIGNED")))
                .extract().path("nextCursor");
        Api.as(Persona.COORDINATOR).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/victims/" + victim + "/timeline")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("PLACEMENT_STARTED")))
                .body("nextCursor", equalTo(null));
        Api.as(Persona.COORDINATOR).queryParam("limit", 201).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(400);
    }

    @Test
    void reassigningTheLiaisonOfficerIsOnTheTimeline() {
        String victim = Api.victimAssignedTo(Persona.VLO_ONE);
        Api.assign(victim, Api.officerOf(Persona.VLO_TWO));

        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "LIAISON_ASSIGNED", "LIAISON_REASSIGNED")))
                .body("items[2].officerId", equalTo(Api.officerOf(Persona.VLO_TWO)))
                .body("items[2].officerName", equalTo(Api.as(Persona.COORDINATOR).get("/api/v1/liaison-officers/"
                        + Api.officerOf(Persona.VLO_TWO)).then().extract().path("name")));
        // another liaison officer and other agencies learn nothing about the victim
        Api.as(Persona.VLO_ONE).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(404);
        Api.as(Persona.LA_CASE_SYSTEM).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(404);
    }
}
