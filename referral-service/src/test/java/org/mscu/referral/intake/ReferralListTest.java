package org.mscu.referral.intake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class ReferralListTest {

    /** An hour-long window in the past no other test uses, so each test sees only its own referrals. */
    private static Instant window() {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(400 + ThreadLocalRandom.current().nextInt(300)))
                .minus(Duration.ofHours(ThreadLocalRandom.current().nextInt(24)));
    }

    private static RequestSpecification in(Persona persona, Instant from) {
        return as(persona).queryParam("receivedFrom", from.toString())
                .queryParam("receivedTo", from.plus(Duration.ofHours(1)).toString());
    }

    @Test
    void pagesNewestFirstWithoutRepeatsWhileRowsAreInserted() {
        Instant from = window();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(from.plusSeconds(60L * (i + 1))).build()));
        }
        List<String> seen = new ArrayList<>();
        var first = in(Persona.COORDINATOR, from).queryParam("limit", 2).get("/api/v1/referrals").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract();
        seen.addAll(first.path("items.id"));
        // a newer referral arriving between pages does not shift the next page
        createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(from.plusSeconds(3000)).build());
        String cursor = first.path("nextCursor");
        while (cursor != null) {
            var page = in(Persona.COORDINATOR, from).queryParam("limit", 2).queryParam("cursor", cursor)
                    .get("/api/v1/referrals").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        }
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), seen);
    }

    @Test
    void filtersByStatusSourceExploitationTypeAndChild() {
        Instant from = window();
        String child = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().receivedAt(from.plusSeconds(60))
                .source("POLICE").exploitation("SEXUAL", "CRIMINAL").build());
        String adult = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(from.plusSeconds(120)).build());
        action(Persona.COORDINATOR, adult, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);

        in(Persona.COORDINATOR, from).queryParam("child", true).get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", equalTo(List.of(child)));
        in(Persona.COORDINATOR, from).queryParam("source", "POLICE").get("/api/v1/referrals").then()
                .body("items.id", equalTo(List.of(child)));
        in(Persona.COORDINATOR, from).queryParam("exploitationType", "CRIMINAL").get("/api/v1/referrals").then()
                .body("items.id", equalTo(List.of(child)));
        in(Persona.COORDINATOR, from).queryParam("status", "ACCEPTED").get("/api/v1/referrals").then()
                .body("items.id", equalTo(List.of(adult)));
        in(Persona.COORDINATOR, from).queryParam("exploitationType", "ORGAN_HARVESTING").get("/api/v1/referrals").then()
                .body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void showsPartnersOnlyTheirOwnAndSharedReferralsRedactedByShare() {
        Instant from = window();
        String own = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().receivedAt(from.plusSeconds(60)).build());
        String shared = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(from.plusSeconds(120)).build());
        createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().receivedAt(from.plusSeconds(180)).build());
        as(Persona.COORDINATOR).body(Map.of("agency", "dwp", "level", "SUMMARY", "purpose", "p", "legalBasis", "b"))
                .post("/api/v1/referrals/" + shared + "/shares").then().statusCode(201);

        in(Persona.DWP_REFERRER, from).get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", equalTo(List.of(shared, own)))
                .body("items[0].potentialVictim.givenName", nullValue())
                .body("items[1].potentialVictim.givenName", equalTo("Testa"));
        in(Persona.COORDINATOR, from).get("/api/v1/referrals").then().body("items.size()", equalTo(3));
    }

    @Test
    void rejectsMalformedFiltersAndLimits() {
        as(Persona.COORDINATOR).queryParam("limit", 201).get("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        as(Persona.COORDINATOR).queryParam("limit", 0).get("/api/v1/referrals").then().statusCode(400);
        as(Persona.COORDINATOR).queryParam("status", "LOST").get("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(Persona.COORDINATOR).queryParam("child", "maybe").get("/api/v1/referrals").then().statusCode(400);
        as(Persona.COORDINATOR).queryParam("receivedFrom", "last week").get("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("receivedFrom"));
        as(Persona.COORDINATOR).queryParam("cursor", "not-a-cursor").get("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void refusesListingToRolesWithoutReferralAccess() {
        for (Persona p : new Persona[] {Persona.AUDITOR, Persona.VLO_ONE, Persona.HOUSING_OFFICER, Persona.ORDER_MANAGER}) {
            as(p).get("/api/v1/referrals").then().statusCode(403);
        }
    }
}
