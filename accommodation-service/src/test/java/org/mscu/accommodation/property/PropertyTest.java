package org.mscu.accommodation.property;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class PropertyTest {

    private static final String ADDRESS = "7 Lantern Court, Testtown TT7 7ZZ";

    @Test
    void createsPropertyWithBedsAndAnswersLocationAndETag() {
        Map<String, Object> body = Fixtures.property().address(ADDRESS).features("WOMEN_ONLY")
                .bed("Room 1", "WHEELCHAIR").bed("Room 2").body();
        Api.as(Persona.HOUSING_OFFICER).body(body).post("/api/v1/properties")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/properties/"))
                .header("ETag", notNullValue())
                .body("id", notNullValue())
                .body("address", equalTo(ADDRESS))
                .body("features", containsInAnyOrder("WOMEN_ONLY"))
                .body("beds.label", containsInAnyOrder("Room 1", "Room 2"))
                .body("beds.find { it.label == 'Room 1' }.features", containsInAnyOrder("WHEELCHAIR"))
                .body("version", equalTo(0));
    }

    @Test
    void accommodationOfficersAndTheCoordinatorSeeTheAddress() {
        CreatedProperty property = Fixtures.property().address(ADDRESS).create();
        for (Persona cleared : new Persona[] {Persona.HOUSING_OFFICER, Persona.SAFEHAVEN_OFFICER, Persona.COORDINATOR}) {
            Api.as(cleared).get("/api/v1/properties/" + property.id())
                    .then().statusCode(200).body("address", equalTo(ADDRESS)).body("name", equalTo("Harbour House"));
        }
    }

    @Test
    void liaisonOfficerReadsThePropertyWithoutItsAddress() {
        CreatedProperty property = Fixtures.property().address(ADDRESS).create();
        Api.as(Persona.VLO_ONE).get("/api/v1/properties/" + property.id())
                .then().statusCode(200).body("$", not(hasKey("address"))).body("district", equalTo(property.district()));
    }

    @Test
    void liaisonOfficerSeesTheAddressOnlyWhileAPlacementTheyRequestedIsActive() {
        CreatedProperty property = Fixtures.property().address(ADDRESS).create();
        String placement = Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.bed(), Api.today(), null)).getString("id");

        Api.as(Persona.VLO_ONE).get("/api/v1/properties/" + property.id())
                .then().statusCode(200).body("address", equalTo(ADDRESS));
        Api.as(Persona.VLO_TWO).get("/api/v1/properties/" + property.id())
                .then().statusCode(200).body("$", not(hasKey("address")));

        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("endedAt", java.time.Instant.now().toString(), "outcome", "MOVED_ON"))
                .post("/api/v1/placements/" + placement + "/end").then().statusCode(200);
        Api.as(Persona.VLO_ONE).get("/api/v1/properties/" + property.id())
                .then().statusCode(200).body("$", not(hasKey("address")));
    }

    @Test
    void liaisonOfficerDoesNotSeeTheAddressOfAPlannedPlacement() {
        CreatedProperty property = Fixtures.property().address(ADDRESS).create();
        Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.bed(), Api.today().plusDays(5), null));
        Api.as(Persona.VLO_ONE).get("/api/v1/properties/" + property.id())
                .then().statusCode(200).body("$", not(hasKey("address")));
    }

    @Test
    void onlyAccommodationOfficersCreateProperties() {
        Map<String, Object> body = Fixtures.property().body();
        for (Persona denied : new Persona[] {Persona.COORDINATOR, Persona.VLO_ONE, Persona.LA_CASE_SYSTEM, Persona.DWP_REFERRER,
                Persona.TACTICAL_ADVISOR, Persona.AUDITOR}) {
            Api.as(denied).body(body).post("/api/v1/properties")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void agenciesWithoutAccommodationRowsCannotReadProperties() {
        CreatedProperty property = Fixtures.property().create();
        for (Persona denied : new Persona[] {Persona.DWP_REFERRER, Persona.LA_CASE_SYSTEM, Persona.CHARITY_HOTLINE,
                Persona.TACTICAL_ADVISOR, Persona.REGISTRAR, Persona.PROBATION_OFFICER}) {
            Api.as(denied).get("/api/v1/properties/" + property.id()).then().statusCode(403);
        }
    }

    @Test
    void answersNotFoundForAnUnknownProperty() {
        Api.as(Persona.COORDINATOR).get("/api/v1/properties/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answersUnauthorizedWithoutAToken() {
        io.restassured.RestAssured.given().get("/api/v1/properties/" + UUID.randomUUID())
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void rejectsAPropertyWithoutBedsOrWithDuplicateLabels() {
        Map<String, Object> noBeds = new java.util.LinkedHashMap<>(Fixtures.property().body());
        noBeds.put("beds", java.util.List.of());
        Api.as(Persona.HOUSING_OFFICER).body(noBeds).post("/api/v1/properties")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("beds"));
        Map<String, Object> duplicate = Fixtures.property().bed("A").bed("A").body();
        Api.as(Persona.HOUSING_OFFICER).body(duplicate).post("/api/v1/properties")
                .then().statusCode(400).body("errors[0].field", equalTo("beds[1].label"));
    }

    @Test
    void rejectsAnUnknownFeature() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Fixtures.property().body());
        body.put("features", java.util.List.of("JACUZZI"));
        Api.as(Persona.HOUSING_OFFICER).body(body).post("/api/v1/properties").then().statusCode(400);
    }

    @Test
    void updatesWithMatchingIfMatchAndRefusesAStaleOne() {
        CreatedProperty property = Fixtures.property().create();
        Map<String, Object> update = new java.util.LinkedHashMap<>(Fixtures.property().address("9 New Street").body());
        update.remove("beds");
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"").body(update).put("/api/v1/properties/" + property.id())
                .then().statusCode(200).body("address", equalTo("9 New Street")).body("version", equalTo(1))
                .header("ETag", notNullValue());
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"").body(update).put("/api/v1/properties/" + property.id())
                .then().statusCode(412).contentType("application/problem+json");
        Api.as(Persona.COORDINATOR).header("If-Match", "\"1\"").body(update).put("/api/v1/properties/" + property.id())
                .then().statusCode(403);
    }

    @Test
    void addsABedAndRefusesATakenLabel() {
        CreatedProperty property = Fixtures.property().bed("Room 1").create();
        Api.as(Persona.SAFEHAVEN_OFFICER).header("If-Match", "\"0\"").body(Map.of("label", "Room 2", "features", java.util.List.of("GROUND_FLOOR")))
                .post("/api/v1/properties/" + property.id() + "/beds")
                .then().statusCode(200).body("beds.label", containsInAnyOrder("Room 1", "Room 2")).body("version", equalTo(1));
        Api.as(Persona.SAFEHAVEN_OFFICER).header("If-Match", "\"1\"").body(Map.of("label", "Room 2"))
                .post("/api/v1/properties/" + property.id() + "/beds")
                .then().statusCode(409).body("code", equalTo("BED_LABEL_TAKEN"));
    }
}
