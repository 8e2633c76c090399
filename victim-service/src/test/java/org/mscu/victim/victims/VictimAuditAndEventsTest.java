package org.mscu.victim.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Db;

@QuarkusTest
class VictimAuditAndEventsTest {

    @Test
    void recordingAVictimPublishesVictimCreatedWithoutNames() {
        String id = Api.victim().create();
        assertThat(Db.events(id)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("victim.created");
            assertThat(event.data()).contains(id).contains("COORDINATOR").doesNotContain("Testa").doesNotContain("Fictional");
        });
    }

    @Test
    void collectionAndEachReadAreAuditedWithTheGrantingRuleOrThePurpose() {
        String id = Api.victimAssignedTo(Persona.VLO_ONE);
        Api.as(Persona.VLO_ONE).get("/api/v1/victims/" + id).then().statusCode(200);
        Api.as(Persona.TACTICAL_ADVISOR).header("X-Access-Purpose", "case review").get("/api/v1/victims/" + id).then().statusCode(200);

        assertThat(Db.audit(id)).contains(
                new Db.Audit("COLLECTION", "victim", "coordinator", "mscu-coordinator-works-victims"),
                new Db.Audit("CONSULTATION", "victim", "vlo.one", "assigned-liaison-officer"),
                new Db.Audit("CONSULTATION", "victim", "ta.one", "case review"));
    }

    @Test
    void aRefusedReadIsNotAuditedAsAConsultation() {
        String id = Api.victim().create();
        Api.as(Persona.VLO_TWO).get("/api/v1/victims/" + id).then().statusCode(404);
        assertThat(Db.audit(id)).extracting(Db.Audit::operation).doesNotContain("CONSULTATION");
    }

    @Test
    void auditorListsAndVerifiesTheVictimAuditLog() {
        String id = Api.victim().create();
        Api.as(Persona.AUDITOR).queryParam("resourceId", id).get("/api/v1/audit/victims")
                .then().statusCode(200).body("items.operation", hasItem("COLLECTION"));
        Api.as(Persona.AUDITOR).get("/api/v1/audit/victims/verify").then().statusCode(200);
        Api.as(Persona.COORDINATOR).get("/api/v1/audit/victims/verify").then().statusCode(403);
    }

    @Test
    void reusingAnIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = "victim-" + Api.randomWord();
        Api.as(Persona.COORDINATOR).header("Idempotency-Key", key).body(Api.victim().body())
                .post("/api/v1/victims").then().statusCode(201);
        Api.as(Persona.COORDINATOR).header("Idempotency-Key", key).body(Api.victim().body())
                .post("/api/v1/victims").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void anIdempotentReplayReturnsTheFirstResponseByteForByte() {
        var body = Api.victim().body();
        String key = "victim-" + Api.randomWord();
        String original = Api.as(Persona.COORDINATOR).header("Idempotency-Key", key).body(body)
                .post("/api/v1/victims").then().statusCode(201).extract().asString();
        String replay = Api.as(Persona.COORDINATOR).header("Idempotency-Key", key).body(body)
                .post("/api/v1/victims").then().statusCode(201).extract().asString();
        assertThat(replay).isEqualTo(original);
        Api.as(Persona.COORDINATOR).queryParam("referralId", body.get("referralId")).get("/api/v1/victims")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void getAnswersWithTheVersionAsETag() {
        String id = Api.victim().create();
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void unknownPropertiesOfTheNeedsAreRejected() {
        Api.as(Persona.COORDINATOR).body(Api.victim().need("immigrationStatus", "x").body()).post("/api/v1/victims")
                .then().statusCode(400);
    }
}
