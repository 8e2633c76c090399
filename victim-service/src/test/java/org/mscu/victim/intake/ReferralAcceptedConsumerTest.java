package org.mscu.victim.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.platform.events.EventEnvelope;
import org.mscu.platform.events.Outcome;
import org.mscu.platform.testing.LogCapture;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestEvents;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Db;
import org.mscu.victim.support.Intake;

/**
 * referral.accepted through the real broker (test exchange): the consumer fetches the referral from
 * the referral-service stub with its own token, records the victim once and proposes the best officer;
 * while referral-service cannot answer, nothing at all is recorded and the event comes back.
 */
@QuarkusTest
class ReferralAcceptedConsumerTest {

    private static final String CONSUMER = "referral-accepted";

    private static JsonPath victimsOf(Intake.Referral referral) {
        return Api.as(Persona.COORDINATOR).queryParam("referralId", referral.id().toString()).get("/api/v1/victims")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void recordsTheVictimWithWhatItFetchedAndProposesTheBestOfficer() {
        String language = Api.rareLanguage();
        String district = "District " + Api.randomWord();
        String best = Api.officer().with("languages", List.of(language)).with("districts", List.of(district))
                .with("specialisms", List.of("CRIMINAL")).create();
        Intake.Referral referral = Intake.referral().person("languages", List.of(language)).district(district)
                .with("exploitationTypes", List.of("CRIMINAL")).serve();

        Intake.deliver(referral.acceptedEvent());

        JsonPath victims = victimsOf(referral);
        assertThat(victims.getList("items")).hasSize(1);
        assertThat(victims.getString("items[0].givenName")).isEqualTo("Testa");
        assertThat(victims.getString("items[0].familyName")).isEqualTo(referral.familyName());
        assertThat(victims.getString("items[0].dateOfBirth")).isEqualTo("1994-06-12");
        assertThat(victims.getString("items[0].referralReference")).isEqualTo(referral.reference());
        assertThat(victims.getString("items[0].origin")).isEqualTo("REFERRAL_ACCEPTED");
        assertThat(victims.getList("items[0].languages")).containsExactly(language);
        assertThat(victims.getString("items[0].district")).isEqualTo(district);
        String victim = victims.getString("items[0].id");
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-proposal").then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("officerId", equalTo(best))
                .body("score", equalTo(100))
                .body("reasons.factor", equalTo(List.of("LANGUAGE", "GENDER_PREFERENCE", "DISTRICT", "SPECIALISM", "SPARE_CAPACITY")));
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("VICTIM_RECORDED", "LIAISON_PROPOSED")))
                .body("items[1].officerId", equalTo(best));
        // a proposal is not an assignment: the victim has no liaison officer until someone confirms
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison").then().statusCode(404);
        assertThat(referral.reads()).isEqualTo(1);
    }

    @Test
    void theEventAgainOrAnotherEventOfTheReferralRecordsNothingMore() {
        Intake.Referral referral = Intake.referral().serve();
        EventEnvelope event = Intake.deliver(referral.acceptedEvent());
        String victim = victimsOf(referral).getString("items[0].id");
        List<String> timeline = timelineKinds(victim);
        String proposal = Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-proposal")
                .then().statusCode(200).extract().asString();

        TestEvents.publish(event);
        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DUPLICATE);
        Intake.deliver(referral.acceptedEvent());

        assertThat(victimsOf(referral).getList("items")).hasSize(1);
        assertThat(Db.events(victim)).extracting(Db.Event::type).containsOnlyOnce("victim.created");
        assertThat(timelineKinds(victim)).isEqualTo(timeline);
        assertThat(Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-proposal")
                .then().statusCode(200).extract().asString()).isEqualTo(proposal);
        // the second event found the victim recorded and had nothing to fetch
        assertThat(referral.reads()).isEqualTo(1);
    }

    private static List<String> timelineKinds(String victim) {
        return Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .extract().path("items.kind");
    }

    @Test
    void whileReferralServiceFailsNothingIsRecordedAndTheEventEndsInTheDeadLetterQueue() {
        Intake.Referral referral = Intake.referral().failing(1000, 503).serve();
        EventEnvelope event = TestEvents.publish(referral.acceptedEvent());

        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DEAD_LETTERED);

        assertThat(TestEvents.outcomes(CONSUMER, event.id())).containsExactly(
                Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.DEAD_LETTERED);
        assertThat(referral.reads()).isEqualTo(5);
        assertThat(victimsOf(referral).getList("items")).isEmpty();
        assertThat(Db.eventsOfType("victim.created")).noneMatch(e -> e.data().contains(referral.id().toString()));
    }

    @Test
    void aReadThatBreaksOffIsRetriedAndTheVictimRecordedOnce() {
        Intake.Referral referral = Intake.referral().failing(2, 0).serve();
        EventEnvelope event = TestEvents.publish(referral.acceptedEvent());

        TestEvents.awaitProcessed(CONSUMER, event.id());

        // the HTTP client itself may try a GET again on a fresh connection, so one delivery can meet both breaks
        List<Outcome> outcomes = TestEvents.outcomes(CONSUMER, event.id());
        assertThat(outcomes).contains(Outcome.RETRIED).endsWith(Outcome.PROCESSED).containsOnlyOnce(Outcome.PROCESSED);
        assertThat(referral.reads()).isEqualTo(3);
        assertThat(victimsOf(referral).getList("items")).hasSize(1);
    }

    @Test
    void aRevokedTokenIsReplacedOnce() {
        Intake.deliver(Intake.referral().serve().acceptedEvent());
        int before = Intake.tokensIssued();
        Intake.revokeTokens();

        Intake.Referral referral = Intake.referral().serve();
        Intake.deliver(referral.acceptedEvent());

        assertThat(Intake.tokensIssued()).isEqualTo(before + 1);
        assertThat(referral.reads()).isEqualTo(2);
        assertThat(victimsOf(referral).getList("items")).hasSize(1);
    }

    @Test
    void aReferralThatIsNotAcceptedIsRecordedNever() {
        Intake.Referral referral = Intake.referral().with("status", "NO_FURTHER_ACTION").serve();
        EventEnvelope event = TestEvents.publish(referral.acceptedEvent());

        TestEvents.awaitOutcome(CONSUMER, event.id(), Outcome.DEAD_LETTERED);

        assertThat(victimsOf(referral).getList("items")).isEmpty();
    }

    @Test
    void logsNameIdsButNoPersonalData() {
        Intake.Referral referral = Intake.referral().serve();
        try (LogCapture log = LogCapture.of(ReferralAcceptedConsumer.class)) {
            Intake.deliver(referral.acceptedEvent());
            assertThat(log.messages()).anyMatch(m -> m.contains(referral.id().toString()))
                    .noneMatch(m -> m.contains(referral.familyName()) || m.contains("1994-06-12"));
        }
    }
}
