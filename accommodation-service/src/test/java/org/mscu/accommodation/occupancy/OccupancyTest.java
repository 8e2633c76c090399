package org.mscu.accommodation.occupancy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OccupancyTest {

    private static final LocalDate D = Api.quietMonday();

    private static ValidatableResponse occupancyAt(LocalDate day, String district) {
        String at = day.atTime(LocalTime.of(22, 0)).atZone(Api.ZONE).toInstant().toString();
        return Api.as(Persona.COORDINATOR).queryParam("at", at).get("/api/v1/occupancy").then().statusCode(200)
                .rootPath("districts.find { it.district == '" + district + "' }");
    }

    @Test
    void countsBedsOccupiedAndFreePerDistrictAndProperty() {
        String district = Fixtures.uniqueDistrict();
        CreatedProperty big = Fixtures.property().district(district).name("Big House").beds(3).create();
        CreatedProperty small = Fixtures.property().district(district).name("Small House").beds(1).create();
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(big.beds().get(0), D, D.plusDays(2)));
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(big.beds().get(1), D.plusDays(1), D.plusDays(2)));
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(small.bed(), D, D.plusDays(1)));

        occupancyAt(D, district).body("beds", equalTo(4)).body("occupied", equalTo(2)).body("free", equalTo(2))
                .body("properties", hasSize(2))
                .body("properties.find { it.name == 'Big House' }.occupied", equalTo(1))
                .body("properties.find { it.name == 'Small House' }.occupied", equalTo(1));
        occupancyAt(D.plusDays(1), district).body("occupied", equalTo(2))
                .body("properties.find { it.name == 'Big House' }.occupied", equalTo(2))
                .body("properties.find { it.name == 'Small House' }.free", equalTo(1));
        occupancyAt(D.plusDays(2), district).body("occupied", equalTo(0)).body("free", equalTo(4));
        occupancyAt(D.minusDays(1), district).body("occupied", equalTo(0));
    }

    @Test
    void defaultsToNowAndRejectsABadInstant() {
        Api.as(Persona.HOUSING_OFFICER).get("/api/v1/occupancy").then().statusCode(200);
        Api.as(Persona.HOUSING_OFFICER).queryParam("at", "yesterday").get("/api/v1/occupancy")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
    }

    @Test
    void liaisonOfficersAndOtherAgenciesCannotReadOccupancy() {
        for (Persona denied : new Persona[] {Persona.VLO_ONE, Persona.DWP_REFERRER, Persona.LA_CASE_SYSTEM, Persona.AUDITOR}) {
            Api.as(denied).get("/api/v1/occupancy").then().statusCode(403);
        }
    }
}
