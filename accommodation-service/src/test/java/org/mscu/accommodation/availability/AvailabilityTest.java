package org.mscu.accommodation.availability;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class AvailabilityTest {

    private static final LocalDate D = Api.quietMonday();

    private static ValidatableResponse availability(Persona persona, String district, LocalDate from, LocalDate to, String... features) {
        var request = Api.as(persona).queryParam("district", district).queryParam("from", from.toString())
                .queryParam("to", to.toString());
        if (features.length > 0) {
            request.queryParam("features", String.join(",", features));
        }
        return request.get("/api/v1/availability").then();
    }

    /** A one-bed property whose bed is taken for the nights [D+2, D+4). */
    private static CreatedProperty bookedFromTwoToFour() {
        CreatedProperty property = Fixtures.property().bed("Only").create();
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), D.plusDays(2), D.plusDays(4)));
        return property;
    }

    @Test
    void aBedIsFreeForAPeriodEndingTheDayItsPlacementStarts() {
        CreatedProperty property = bookedFromTwoToFour();
        availability(Persona.COORDINATOR, property.district(), D, D.plusDays(2))
                .statusCode(200).body("items.bedId", containsInAnyOrder(property.bed().toString())).body("nextCursor", nullValue());
    }

    @Test
    void aBedIsFreeForAPeriodStartingTheDayItsPlacementEnds() {
        CreatedProperty property = bookedFromTwoToFour();
        availability(Persona.COORDINATOR, property.district(), D.plusDays(4), D.plusDays(6))
                .statusCode(200).body("items.bedId", containsInAnyOrder(property.bed().toString()));
    }

    @Test
    void aBedTakenForOneNightOfThePeriodIsNotFree() {
        CreatedProperty property = bookedFromTwoToFour();
        availability(Persona.COORDINATOR, property.district(), D.plusDays(3), D.plusDays(4)).statusCode(200).body("items", empty());
        availability(Persona.COORDINATOR, property.district(), D.plusDays(1), D.plusDays(3)).statusCode(200).body("items", empty());
        availability(Persona.COORDINATOR, property.district(), D, D.plusDays(10)).statusCode(200).body("items", empty());
    }

    @Test
    void aCancelledPlacementLeavesTheBedFree() {
        CreatedProperty property = Fixtures.property().bed("Only").create();
        String id = Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), D, D.plusDays(1))).getString("id");
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"").body(java.util.Map.of("reason", "not needed"))
                .post("/api/v1/placements/" + id + "/cancel").then().statusCode(200);
        availability(Persona.COORDINATOR, property.district(), D, D.plusDays(1)).statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void filtersByFeaturesOfTheBedAndItsProperty() {
        String district = Fixtures.uniqueDistrict();
        Fixtures.property().district(district).features("WOMEN_ONLY").bed("W1", "WHEELCHAIR").bed("W2").create();
        Fixtures.property().district(district).bed("M1", "WHEELCHAIR").create();
        availability(Persona.VLO_ONE, district, D, D.plusDays(1), "WOMEN_ONLY", "WHEELCHAIR")
                .statusCode(200).body("items.bedLabel", containsInAnyOrder("W1"))
                .body("items[0].features", containsInAnyOrder("WOMEN_ONLY", "WHEELCHAIR"));
        availability(Persona.VLO_ONE, district, D, D.plusDays(1), "WHEELCHAIR")
                .statusCode(200).body("items.bedLabel", containsInAnyOrder("W1", "M1"));
        availability(Persona.VLO_ONE, district, D, D.plusDays(1))
                .statusCode(200).body("items.bedLabel", containsInAnyOrder("W1", "W2", "M1"));
    }

    @Test
    void neverShowsAnAddress() {
        CreatedProperty property = Fixtures.property().create();
        availability(Persona.HOUSING_OFFICER, property.district(), D, D.plusDays(1))
                .statusCode(200).body("items[0]", not(hasKey("address"))).body("items[0].propertyName", equalTo("Harbour House"));
    }

    @Test
    void pagesThroughFreeBedsWithACursor() {
        CreatedProperty property = Fixtures.property().beds(5).create();
        var first = Api.as(Persona.COORDINATOR).queryParam("district", property.district()).queryParam("from", D.toString())
                .queryParam("to", D.plusDays(1).toString()).queryParam("limit", 3).get("/api/v1/availability")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(3)).extract().jsonPath();
        List<String> seen = new java.util.ArrayList<>(first.getList("items.bedId", String.class));
        Api.as(Persona.COORDINATOR).queryParam("district", property.district()).queryParam("from", D.toString())
                .queryParam("to", D.plusDays(1).toString()).queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/availability").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2))
                .body("nextCursor", nullValue()).extract().jsonPath().getList("items.bedId", String.class).forEach(seen::add);
        org.junit.jupiter.api.Assertions.assertEquals(
                property.beds().stream().map(Object::toString).sorted().toList(), seen.stream().sorted().toList());
    }

    @Test
    void rejectsAPeriodThatIsEmptyOrMissingOrAnUnknownFeature() {
        availability(Persona.COORDINATOR, "Anywhere", D, D).statusCode(400).body("errors[0].field", equalTo("to"));
        availability(Persona.COORDINATOR, "Anywhere", D, D.minusDays(1)).statusCode(400);
        Api.as(Persona.COORDINATOR).queryParam("to", D.toString()).get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.as(Persona.COORDINATOR).queryParam("from", "30/11/2026").queryParam("to", D.toString()).get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        availability(Persona.COORDINATOR, "Anywhere", D, D.plusDays(1), "JACUZZI").statusCode(400)
                .body("errors[0].field", equalTo("features"));
    }

    @Test
    void onlyAccommodationStaffCoordinatorAndLiaisonOfficersSeeAvailability() {
        for (Persona allowed : new Persona[] {Persona.HOUSING_OFFICER, Persona.SAFEHAVEN_OFFICER, Persona.COORDINATOR, Persona.VLO_ONE}) {
            availability(allowed, "Anywhere", D, D.plusDays(1)).statusCode(200);
        }
        for (Persona denied : new Persona[] {Persona.DWP_REFERRER, Persona.LA_CASE_SYSTEM, Persona.TACTICAL_ADVISOR,
                Persona.AUDITOR, Persona.ORDER_MANAGER}) {
            availability(denied, "Anywhere", D, D.plusDays(1)).statusCode(403);
        }
    }
}
