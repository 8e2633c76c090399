package org.mscu.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #9, the victim-service flows, through the real broker and the running services: a referral
 * the coordinator accepts becomes a victim in victim-service (names fetched from referral-service with
 * victim-service's own token, which referral-service audits) with a proposed liaison officer; a
 * placement started for that victim in accommodation-service appears on the victim's timeline.
 */
class VictimEventsIT {

    /** Relay poll, broker, consumer and one referral-service call: seconds; the bound is generous for a loaded machine. */
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);
    private static final ZoneId BOOKING_ZONE = ZoneId.of("Europe/London");

    @Test
    void anAcceptedReferralBecomesAVictimWithAProposedOfficerAndItsPlacementIsOnItsTimeline() {
        String suffix = Gateway.unique();
        // a language and a district of this run alone, so that this run's officer is the best match
        String language = "q" + suffix.replaceAll("[^a-z]", "x").substring(0, 2);
        String district = "E2E-" + suffix;
        String officer = newOfficer("e2e.vlo." + suffix, language, district);
        String familyName = "Fictional " + suffix;
        String referral = acceptedReferral(familyName, language, district);

        String victim = await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> Gateway.as(Persona.COORDINATOR).queryParam("referralId", referral).get("/api/v1/victims")
                        .then().statusCode(200).extract().jsonPath().getString("items[0].id"),
                id -> id != null);

        Gateway.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim).then().statusCode(200)
                .body("referralId", equalTo(referral))
                .body("givenName", equalTo("Testa"))
                .body("familyName", equalTo(familyName))
                .body("dateOfBirth", equalTo("1990-04-02"))
                .body("languages", equalTo(List.of(language)))
                .body("district", equalTo(district))
                .body("origin", equalTo("REFERRAL_ACCEPTED"));
        Gateway.as(Persona.COORDINATOR).queryParam("referralId", referral).get("/api/v1/victims")
                .then().statusCode(200).body("items.size()", equalTo(1));
        Gateway.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-proposal").then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("officerId", equalTo(officer));
        // referral-service checked and logged the disclosure to victim-service's own service account
        Gateway.as(Persona.COORDINATOR).get("/api/v1/referrals/" + referral + "/history").then().statusCode(200)
                .body("items.findAll { it.kind == 'ACCESS' }.actor", hasItem("service-account-victim-service"))
                .body("items.findAll { it.actor == 'service-account-victim-service' }.detail",
                        hasItem("granted by victim-intake-reads-accepted"));

        Gateway.as(Persona.COORDINATOR).post("/api/v1/victims/" + victim + "/liaison-proposal/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        Gateway.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim).then().statusCode(200)
                .body("liaison.officerId", equalTo(officer));

        String placement = placeToday(victim);
        JsonPath timeline = await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> Gateway.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline")
                        .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("items.kind").contains("PLACEMENT_STARTED"));
        assertEquals(List.of("VICTIM_RECORDED", "LIAISON_PROPOSED", "LIAISON_ASSIGNED", "PLACEMENT_STARTED"),
                timeline.getList("items.kind"), timeline.prettify());
        assertEquals(placement, timeline.getString("items[3].placementId"));
        assertEquals(List.of(), timeline.getList("items.findAll { it.containsKey('address') }"), "no address on a timeline");
    }

    /** A referral from the charity hotline, accepted by the coordinator; its id. */
    private static String acceptedReferral(String familyName, String language, String district) {
        Map<String, Object> body = new HashMap<>(Referrals.adultLabourExploitation());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = new HashMap<>((Map<String, Object>) body.get("potentialVictim"));
        person.put("familyName", familyName);
        person.put("languages", List.of(language));
        body.put("potentialVictim", person);
        body.put("location", Map.of("district", district, "postcode", "M1 1AA", "address", "1 Example Street"));
        String id = Gateway.as(Persona.CHARITY_HOTLINE).body(body).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        Gateway.as(Persona.COORDINATOR).body(Map.of("decision", "ACCEPT")).post("/api/v1/referrals/" + id + "/triage")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        return id;
    }

    /** A new active officer on the roster who speaks the language and covers the district; its id. */
    private static String newOfficer(String username, String language, String district) {
        return Gateway.as(Persona.COORDINATOR).body(Map.of("username", username, "name", "Officer " + username,
                        "agency", "gmp", "gender", "FEMALE", "languages", List.of(language), "districts", List.of(district),
                        "specialisms", List.of("LABOUR"), "maxCaseload", 5, "active", true))
                .post("/api/v1/liaison-officers").then().statusCode(201).extract().path("id");
    }

    /** A property with one bed and a placement of the victim in it from today (so it starts at once); the placement's id. */
    private static String placeToday(String victim) {
        String suffix = Gateway.unique();
        String bed = Gateway.as(Persona.HOUSING_OFFICER).body(Map.of("name", "Harbour House", "provider", "Safe Haven Housing",
                        "district", "E2E-" + suffix, "address", suffix + " Quiet Lane, Testtown TT9 9QQ", "type", "SAFE_HOUSE",
                        "features", List.of("WOMEN_ONLY"), "beds", List.of(Map.of("label", "Room 1, bed A"))))
                .post("/api/v1/properties").then().statusCode(201).extract().path("beds[0].id");
        LocalDate today = LocalDate.now(BOOKING_ZONE);
        return Gateway.as(Persona.COORDINATOR).body(Map.of("victimRef", victim, "bedId", bed, "from", today.toString(),
                        "plannedTo", today.plusDays(1).toString()))
                .post("/api/v1/placements").then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
    }
}
