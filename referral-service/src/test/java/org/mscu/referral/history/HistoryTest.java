package org.mscu.referral.history;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;
import static org.mscu.referral.support.Api.get;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class HistoryTest {

    @Test
    void listsStateChangesAccessesAndDisclosuresNewestFirst() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        get(Persona.REGISTRAR, id).then().statusCode(200);
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);
        as(Persona.COORDINATOR).body(Map.of("agency", "dwp", "level", "FULL", "purpose", "p", "legalBasis", "b"))
                .post("/api/v1/referrals/" + id + "/shares").then().statusCode(201);

        as(Persona.AUDITOR).get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("SHARED", "ACCEPTED", "READ", "RECEIVED")))
                .body("items.kind", equalTo(List.of("DISCLOSURE", "STATE_CHANGE", "ACCESS", "STATE_CHANGE")))
                .body("items[2].actor", equalTo("registrar"))
                .body("items[3].agency", equalTo("stop-the-traffik"))
                .body("items[0].at", notNullValue());
    }

    @Test
    void pagesTheHistory() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        get(Persona.COORDINATOR, id).then().statusCode(200);
        get(Persona.COORDINATOR, id).then().statusCode(200);
        String cursor = as(Persona.COORDINATOR).queryParam("limit", 2).get("/api/v1/referrals/" + id + "/history")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().path("nextCursor");
        as(Persona.COORDINATOR).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/referrals/" + id + "/history")
                .then().statusCode(200).body("items.action", equalTo(List.of("RECEIVED"))).body("nextCursor", equalTo(null));
    }

    @Test
    void refusesHistoryToEveryoneButCoordinatorAndAuditor() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        for (Persona p : new Persona[] {Persona.CHARITY_HOTLINE, Persona.REGISTRAR, Persona.TACTICAL_ADVISOR}) {
            as(p).get("/api/v1/referrals/" + id + "/history").then().statusCode(403);
        }
    }
}
