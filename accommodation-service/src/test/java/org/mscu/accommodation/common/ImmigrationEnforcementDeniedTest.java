package org.mscu.accommodation.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

/**
 * Places of safety regardless of immigration status: every endpoint answers 403 to every token of
 * the immigration agency, for records that exist, with valid bodies, and whatever the role.
 */
@QuarkusTest
class ImmigrationEnforcementDeniedTest {

    private static final String ADDRESS = "12 Quiet Lane, Testtown TT9 9QQ";
    private static final Persona[] IMMIGRATION = {Persona.IMMIGRATION_OFFICER, Persona.IMMIGRATION_SYSTEM};

    private CreatedProperty property;
    private String placement;

    @BeforeEach
    void aPropertyWithAnActivePlacement() {
        property = Fixtures.property().address(ADDRESS).create();
        placement = Fixtures.place(Persona.COORDINATOR, Fixtures.placementIn(property.bed(), Api.today(), null)).getString("id");
    }

    private static void deniedToEveryImmigrationToken(java.util.function.Function<Persona, ValidatableResponse> call) {
        for (Persona persona : IMMIGRATION) {
            call.apply(persona).statusCode(403).contentType("application/problem+json")
                    .body(not(containsString(ADDRESS)));
        }
    }

    @Test
    void createPropertyIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).body(Fixtures.property().body()).post("/api/v1/properties").then());
    }

    @Test
    void readPropertyIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).get("/api/v1/properties/" + property.id()).then());
    }

    @Test
    void updatePropertyIsForbidden() {
        Map<String, Object> update = new java.util.LinkedHashMap<>(Fixtures.property().body());
        update.remove("beds");
        deniedToEveryImmigrationToken(p -> Api.as(p).header("If-Match", "\"0\"").body(update)
                .put("/api/v1/properties/" + property.id()).then());
    }

    @Test
    void addBedIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).header("If-Match", "\"0\"").body(Map.of("label", "Z"))
                .post("/api/v1/properties/" + property.id() + "/beds").then());
    }

    @Test
    void availabilityIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).queryParam("from", Api.today().toString())
                .queryParam("to", Api.today().plusDays(1).toString()).get("/api/v1/availability").then());
    }

    @Test
    void occupancyIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).get("/api/v1/occupancy").then());
    }

    @Test
    void createPlacementIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).body(Fixtures.placementIn(property.bed(), Api.today().plusDays(9), null))
                .post("/api/v1/placements").then());
    }

    @Test
    void readPlacementIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).get("/api/v1/placements/" + placement).then());
    }

    @Test
    void listPlacementsIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).get("/api/v1/placements").then());
    }

    @Test
    void extendPlacementIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).header("If-Match", "\"0\"")
                .body(Map.of("plannedTo", Api.today().plusDays(20).toString(), "reason", "x"))
                .post("/api/v1/placements/" + placement + "/extension").then());
    }

    @Test
    void endPlacementIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).header("If-Match", "\"0\"")
                .body(Map.of("endedAt", Instant.now().toString(), "outcome", "OTHER"))
                .post("/api/v1/placements/" + placement + "/end").then());
    }

    @Test
    void cancelPlacementIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                .post("/api/v1/placements/" + placement + "/cancel").then());
    }

    @Test
    void auditLogIsForbidden() {
        deniedToEveryImmigrationToken(p -> Api.as(p).queryParam("resourceId", property.id().toString())
                .get("/api/v1/audit/accommodation").then());
        deniedToEveryImmigrationToken(p -> Api.as(p).get("/api/v1/audit/accommodation/verify").then());
    }

    @Test
    void evenAnImmigrationTokenWithAnAccommodationRoleIsForbidden() {
        // an accommodation-officer role in the immigration agency still meets the deny rule first
        Api.as(Persona.IMMIGRATION_OFFICER).get("/api/v1/placements/" + placement).then().statusCode(403);
        io.restassured.RestAssured.given()
                .header("Authorization", org.mscu.platform.testing.TestTokens.as(Persona.HOUSING_OFFICER)
                        .agency("immigration-enforcement").audience(Api.AUDIENCE).bearer())
                .get("/api/v1/properties/" + property.id()).then().statusCode(403).body("status", equalTo(403));
    }
}
