package org.mscu.accommodation.placement;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class PlacementTest {

    /** A Monday ahead, with no bank holiday near it. */
    private static final LocalDate MONDAY = Api.quietMonday();

    private static String url(String id, String action) {
        return "/api/v1/placements/" + id + (action == null ? "" : "/" + action);
    }

    @Test
    void placesInTheGivenBedAndAnswersCreatedWithLocation() {
        CreatedProperty property = Fixtures.property().create();
        Map<String, Object> body = Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(2));
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/placements")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/placements/"))
                .header("ETag", notNullValue())
                .body("bedId", equalTo(property.bed().toString()))
                .body("propertyId", equalTo(property.id().toString()))
                .body("district", equalTo(property.district()))
                .body("status", equalTo("PLANNED"))
                .body("from", equalTo(MONDAY.toString()))
                .body("plannedTo", equalTo(MONDAY.plusDays(2).toString()))
                .body("victimRef", equalTo(body.get("victimRef")))
                .body("requestedBy.agency", equalTo("gmp"))
                .body("requestedBy.username", equalTo("coordinator"))
                .body("$", not(hasKey("address")));
    }

    @Test
    void aPlacementStartingTodayIsActive() {
        CreatedProperty property = Fixtures.property().create();
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today(), null));
        Api.as(Persona.HOUSING_OFFICER).body(Fixtures.placementIn(property.beds().get(0), Api.today().plusDays(30), null))
                .post("/api/v1/placements").then().statusCode(201).body("status", equalTo("PLANNED"));
        assertEquals("ACTIVE", Fixtures.place(Persona.HOUSING_OFFICER,
                Fixtures.placementIn(Fixtures.property().create().bed(), Api.today(), null)).getString("status"));
    }

    @Test
    void defaultsThePlannedEndToThreeWorkingDays() {
        CreatedProperty property = Fixtures.property().create();
        LocalDate friday = MONDAY.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        JsonPath placed = Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), friday, null));
        assertEquals(friday.plusDays(5).toString(), placed.getString("plannedTo"));
    }

    @Test
    void refusesAPlannedStayLongerThanThreeWorkingDays() {
        CreatedProperty property = Fixtures.property().create();
        Api.as(Persona.COORDINATOR).body(Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(4)))
                .post("/api/v1/placements").then().statusCode(422).body("code", equalTo("MAX_STAY_EXCEEDED"));
        Api.as(Persona.COORDINATOR).body(Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(3)))
                .post("/api/v1/placements").then().statusCode(201);
    }

    @Test
    void refusesAnOverlappingPlacementOfTheSameBed() {
        CreatedProperty property = Fixtures.property().create();
        Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(3)));
        Api.as(Persona.HOUSING_OFFICER).body(Fixtures.placementIn(property.bed(), MONDAY.plusDays(2), MONDAY.plusDays(4)))
                .post("/api/v1/placements")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("BED_OCCUPIED"));
        Api.as(Persona.HOUSING_OFFICER).body(Fixtures.placementIn(property.bed(), MONDAY.minusDays(1), MONDAY.plusDays(1)))
                .post("/api/v1/placements").then().statusCode(409).body("code", equalTo("BED_OCCUPIED"));
    }

    @Test
    void theDayAPlacementEndsTheBedCanStartAnother() {
        CreatedProperty property = Fixtures.property().create();
        Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(2)));
        Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), MONDAY.plusDays(2), MONDAY.plusDays(3)));
        Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), MONDAY.minusDays(1), MONDAY));
    }

    @Test
    void withoutBedIdPicksAFreeBedThatOffersEveryNeed() {
        CreatedProperty property = Fixtures.property().bed("Upstairs").bed("Accessible", "WHEELCHAIR").create();
        Map<String, Object> body = Fixtures.placementAt(property.id(), MONDAY, null);
        body.put("needs", List.of("WHEELCHAIR"));
        JsonPath placed = Fixtures.place(Persona.COORDINATOR, body);
        assertEquals("Accessible", placed.getString("bedLabel"));
        assertEquals(List.of("WHEELCHAIR"), placed.getList("needs"));

        Map<String, Object> again = Fixtures.placementAt(property.id(), MONDAY, null);
        again.put("needs", List.of("WHEELCHAIR"));
        Api.as(Persona.COORDINATOR).body(again).post("/api/v1/placements")
                .then().statusCode(409).body("code", equalTo("NO_BED_AVAILABLE"));
    }

    @Test
    void withoutBedIdKeepsTheSpecialBedForWhoeverNeedsIt() {
        CreatedProperty property = Fixtures.property().bed("Accessible", "WHEELCHAIR").bed("Plain").create();
        assertEquals("Plain", Fixtures.place(Persona.COORDINATOR, Fixtures.placementAt(property.id(), MONDAY, null)).getString("bedLabel"));
        assertEquals("Accessible", Fixtures.place(Persona.COORDINATOR, Fixtures.placementAt(property.id(), MONDAY, null)).getString("bedLabel"));
        Api.as(Persona.COORDINATOR).body(Fixtures.placementAt(property.id(), MONDAY, null)).post("/api/v1/placements")
                .then().statusCode(409).body("code", equalTo("NO_BED_AVAILABLE"));
    }

    @Test
    void withoutBedIdChoosesWithinTheDistrict() {
        CreatedProperty elsewhere = Fixtures.property().create();
        CreatedProperty here = Fixtures.property().create();
        Map<String, Object> body = Fixtures.placementIn(null, MONDAY, null);
        body.remove("bedId");
        body.put("district", here.district().toUpperCase());
        assertEquals(here.id().toString(), Fixtures.place(Persona.VLO_ONE, body).getString("propertyId"));
        Map<String, Object> full = Fixtures.placementIn(null, MONDAY, null);
        full.remove("bedId");
        full.put("district", here.district());
        Api.as(Persona.VLO_ONE).body(full).post("/api/v1/placements").then().statusCode(409).body("code", equalTo("NO_BED_AVAILABLE"));
    }

    @Test
    void refusesAGivenBedThatLacksANeed() {
        CreatedProperty property = Fixtures.property().create();
        Map<String, Object> body = Fixtures.placementIn(property.bed(), MONDAY, null);
        body.put("needs", List.of("WHEELCHAIR"));
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/placements")
                .then().statusCode(409).body("code", equalTo("BED_UNSUITABLE"));
    }

    @Test
    void rejectsAnUnknownBedAndAStartInThePast() {
        Api.as(Persona.COORDINATOR).body(Fixtures.placementIn(UUID.randomUUID(), MONDAY, null)).post("/api/v1/placements")
                .then().statusCode(400).body("errors[0].field", equalTo("bedId"));
        CreatedProperty property = Fixtures.property().create();
        Api.as(Persona.COORDINATOR).body(Fixtures.placementIn(property.bed(), Api.today().minusDays(1), null)).post("/api/v1/placements")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void rejectsAMissingVictimRefOrFrom() {
        Api.as(Persona.COORDINATOR).body(Map.of("bedId", UUID.randomUUID().toString())).post("/api/v1/placements")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("from", "victimRef"));
    }

    @Test
    void neverAsksForNorStoresImmigrationStatus() {
        CreatedProperty property = Fixtures.property().create();
        Map<String, Object> body = Fixtures.placementIn(property.bed(), MONDAY, null);
        body.put("immigrationStatus", "NO_LEAVE_TO_REMAIN");
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/placements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("immigrationStatus"));
        // nothing was stored: the bed is still free for those nights
        body.remove("immigrationStatus");
        Fixtures.place(Persona.COORDINATOR, body);
    }

    @Test
    void extendsAStayWithAReasonBeyondTheEmergencyMaximum() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath placed = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, null));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"" + placed.getLong("version") + "\"")
                .body(Map.of("plannedTo", MONDAY.plusDays(30).toString(), "reason", "Entered the NRM: recovery period"))
                .post(url(placed.getString("id"), "extension"))
                .then().statusCode(200)
                .body("plannedTo", equalTo(MONDAY.plusDays(30).toString()))
                .body("extensions", hasSize(1))
                .body("extensions[0].previousPlannedTo", equalTo(MONDAY.plusDays(3).toString()))
                .body("extensions[0].reason", equalTo("Entered the NRM: recovery period"))
                .body("version", equalTo(1));
    }

    @Test
    void refusesAnExtensionWhenTheBedIsBookedAfter() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath first = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(2)));
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY.plusDays(4), MONDAY.plusDays(5)));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("plannedTo", MONDAY.plusDays(5).toString(), "reason", "Awaiting NRM decision"))
                .post(url(first.getString("id"), "extension"))
                .then().statusCode(409).body("code", equalTo("BED_OCCUPIED"));
        // unchanged, and extending up to the day the next one starts is fine
        Api.as(Persona.HOUSING_OFFICER).get(url(first.getString("id"), null))
                .then().body("plannedTo", equalTo(MONDAY.plusDays(2).toString())).body("extensions", hasSize(0)).body("version", equalTo(0));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("plannedTo", MONDAY.plusDays(4).toString(), "reason", "Awaiting NRM decision"))
                .post(url(first.getString("id"), "extension"))
                .then().statusCode(200);
    }

    @Test
    void refusesAnExtensionWithoutReasonOrToAnEarlierDate() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath placed = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(2)));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"").body(Map.of("plannedTo", MONDAY.plusDays(5).toString()))
                .post(url(placed.getString("id"), "extension")).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("plannedTo", MONDAY.plusDays(2).toString(), "reason", "No change"))
                .post(url(placed.getString("id"), "extension")).then().statusCode(400).body("errors[0].field", equalTo("plannedTo"));
    }

    @Test
    void refusesAStaleIfMatchAndChangesNothing() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath placed = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, MONDAY.plusDays(2)));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"7\"")
                .body(Map.of("plannedTo", MONDAY.plusDays(3).toString(), "reason", "Awaiting NRM decision"))
                .post(url(placed.getString("id"), "extension")).then().statusCode(412);
        Api.as(Persona.HOUSING_OFFICER).get(url(placed.getString("id"), null))
                .then().body("plannedTo", equalTo(MONDAY.plusDays(2).toString())).body("version", equalTo(0));
    }

    @Test
    void endingAnActivePlacementFreesTheBedFromThatDay() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath placed = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today(), null));
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"")
                .body(Map.of("endedAt", Instant.now().toString(), "outcome", "ENTERED_NRM_SUPPORT"))
                .post(url(placed.getString("id"), "end"))
                .then().statusCode(200).body("status", equalTo("ENDED")).body("outcome", equalTo("ENTERED_NRM_SUPPORT"))
                .body("endedAt", notNullValue()).body("version", equalTo(1));
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today(), Api.today().plusDays(1)));
    }

    @Test
    void refusesToEndAPlannedOrEndedPlacement() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath planned = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, null));
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("endedAt", Instant.now().toString(), "outcome", "OTHER"))
                .post(url(planned.getString("id"), "end")).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void cancelsAPlannedPlacementAndItsNightsBecomeFree() {
        CreatedProperty property = Fixtures.property().create();
        JsonPath planned = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, null));
        Api.as(Persona.SAFEHAVEN_OFFICER).header("If-Match", "\"0\"").body(Map.of("reason", "Person found family support"))
                .post(url(planned.getString("id"), "cancel")).then().statusCode(200).body("status", equalTo("CANCELLED"));
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, null));
        Api.as(Persona.SAFEHAVEN_OFFICER).header("If-Match", "\"1\"").body(Map.of("reason", "again"))
                .post(url(planned.getString("id"), "cancel")).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aLiaisonOfficerReadsOnlyThePlacementsTheyRequested() {
        CreatedProperty property = Fixtures.property().create();
        String own = Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.bed(), MONDAY, null)).getString("id");
        String others = Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), MONDAY.plusDays(10), null)).getString("id");
        Api.as(Persona.VLO_ONE).get(url(own, null)).then().statusCode(200);
        Api.as(Persona.VLO_ONE).get(url(others, null)).then().statusCode(404);
        Api.as(Persona.VLO_TWO).get(url(own, null)).then().statusCode(404);
        Api.as(Persona.COORDINATOR).get(url(own, null)).then().statusCode(200);
    }

    @Test
    void aLiaisonOfficerCannotExtendEndOrCancelAndTheCoordinatorOnlyEnds() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.bed(), MONDAY, null)).getString("id");
        Map<String, Object> extension = Map.of("plannedTo", MONDAY.plusDays(20).toString(), "reason", "NRM");
        Api.as(Persona.VLO_ONE).header("If-Match", "\"0\"").body(extension).post(url(id, "extension")).then().statusCode(403);
        Api.as(Persona.VLO_ONE).header("If-Match", "\"0\"").body(Map.of("reason", "x")).post(url(id, "cancel")).then().statusCode(403);
        Api.as(Persona.VLO_ONE).header("If-Match", "\"0\"").body(Map.of("endedAt", Instant.now().toString(), "outcome", "OTHER"))
                .post(url(id, "end")).then().statusCode(403);
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(extension).post(url(id, "extension")).then().statusCode(403);
        Api.as(Persona.COORDINATOR).header("If-Match", "\"0\"").body(Map.of("reason", "x")).post(url(id, "cancel")).then().statusCode(403);
    }

    @Test
    void agenciesWithoutAccommodationRowsCannotPlace() {
        CreatedProperty property = Fixtures.property().create();
        for (Persona denied : new Persona[] {Persona.DWP_REFERRER, Persona.LA_CASE_SYSTEM, Persona.TACTICAL_ADVISOR,
                Persona.REGISTRAR, Persona.VULNERABILITY_LEAD, Persona.AUDITOR}) {
            Api.as(denied).body(Fixtures.placementIn(property.bed(), MONDAY, null)).post("/api/v1/placements").then().statusCode(403);
        }
    }

    @Test
    void listsPlacementsNewestFirstInPagesAndALiaisonOfficerSeesOnlyTheirOwn() {
        CreatedProperty property = Fixtures.property().beds(3).create();
        String first = Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.beds().get(0), MONDAY, null)).getString("id");
        String second = Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.beds().get(1), MONDAY, null)).getString("id");
        String third = Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.beds().get(2), MONDAY, null)).getString("id");

        JsonPath page = Api.as(Persona.HOUSING_OFFICER).queryParam("propertyId", property.id().toString()).queryParam("limit", 2)
                .get("/api/v1/placements").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(third, second), page.getList("items.id"));
        Api.as(Persona.HOUSING_OFFICER).queryParam("propertyId", property.id().toString()).queryParam("limit", 2)
                .queryParam("cursor", page.getString("nextCursor")).get("/api/v1/placements")
                .then().statusCode(200).body("items.id", equalTo(List.of(first))).body("nextCursor", org.hamcrest.Matchers.nullValue());

        Api.as(Persona.VLO_ONE).queryParam("propertyId", property.id().toString()).get("/api/v1/placements")
                .then().statusCode(200).body("items.id", equalTo(List.of(third, first)));
        Api.as(Persona.VLO_TWO).queryParam("propertyId", property.id().toString()).get("/api/v1/placements")
                .then().statusCode(200).body("items", hasSize(0));
        Api.as(Persona.HOUSING_OFFICER).queryParam("propertyId", property.id().toString()).queryParam("status", "ACTIVE")
                .get("/api/v1/placements").then().statusCode(200).body("items", hasSize(0));
        Api.as(Persona.HOUSING_OFFICER).queryParam("status", "SLEEPING").get("/api/v1/placements")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.as(Persona.HOUSING_OFFICER).queryParam("limit", 201).get("/api/v1/placements").then().statusCode(400);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstPlacementAndPlacesNobodyTwice() {
        CreatedProperty property = Fixtures.property().beds(2).create();
        Map<String, Object> body = Fixtures.placementAt(property.id(), MONDAY, null);
        String key = UUID.randomUUID().toString();
        String first = Api.as(Persona.HOUSING_OFFICER).header("Idempotency-Key", key).body(body).post("/api/v1/placements")
                .then().statusCode(201).extract().asString();
        String replay = Api.as(Persona.HOUSING_OFFICER).header("Idempotency-Key", key).body(body).post("/api/v1/placements")
                .then().statusCode(201).extract().asString();
        assertEquals(first, replay);
        Api.as(Persona.HOUSING_OFFICER).queryParam("propertyId", property.id().toString()).get("/api/v1/placements")
                .then().body("items", hasSize(1));
    }

    @Test
    void readingAPlacementGivesItsVersionAsETag() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), MONDAY, null)).getString("id");
        Api.as(Persona.HOUSING_OFFICER).get(url(id, null)).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }
}
