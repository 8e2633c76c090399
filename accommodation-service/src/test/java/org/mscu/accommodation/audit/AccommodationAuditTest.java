package org.mscu.accommodation.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;

/** DPA 2018 s.62: changes, reads of placements and disclosures of addresses leave audit entries. */
@QuarkusTest
class AccommodationAuditTest {

    private static JsonPath entriesOf(Object resourceId) {
        return Api.as(Persona.AUDITOR).queryParam("resourceId", resourceId.toString()).get("/api/v1/audit/accommodation")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void placementCollectionReadAndChangesAreAuditedWithTheirJustification() {
        CreatedProperty property = Fixtures.property().create();
        String id = Fixtures.place(Persona.VLO_ONE, Fixtures.placementIn(property.bed(), Api.today(), null)).getString("id");
        Api.as(Persona.VLO_ONE).get("/api/v1/placements/" + id).then().statusCode(200);
        Api.as(Persona.COORDINATOR).header("X-Access-Purpose", "Safeguarding review 42").get("/api/v1/placements/" + id)
                .then().statusCode(200);
        Api.as(Persona.HOUSING_OFFICER).header("If-Match", "\"0\"")
                .body(Map.of("plannedTo", Api.today().plusDays(30).toString(), "reason", "Entered the NRM"))
                .post("/api/v1/placements/" + id + "/extension").then().statusCode(200);

        JsonPath entries = entriesOf(id);
        // newest first
        org.hamcrest.MatcherAssert.assertThat(entries.getList("items.operation"),
                equalTo(java.util.List.of("ALTERATION", "CONSULTATION", "CONSULTATION", "COLLECTION")));
        org.hamcrest.MatcherAssert.assertThat(entries.getList("items.justification"), hasItems(
                "accommodation-officer-manages-placements", "Safeguarding review 42", "liaison-officer-reads-own-requests",
                "liaison-officer-requests-placements"));
        org.hamcrest.MatcherAssert.assertThat(entries.getString("items[3].agency"), equalTo("gmp"));
        org.hamcrest.MatcherAssert.assertThat(entries.getString("items[3].username"), equalTo("vlo.one"));
    }

    @Test
    void readingAnAddressIsAuditedAndReadingWithoutItIsNot() {
        CreatedProperty property = Fixtures.property().create();
        Api.as(Persona.VLO_ONE).get("/api/v1/properties/" + property.id()).then().statusCode(200);
        entriesOf(property.id()).getList("items.operation").forEach(op -> org.junit.jupiter.api.Assertions.assertNotEquals("CONSULTATION", op));
        Api.as(Persona.COORDINATOR).get("/api/v1/properties/" + property.id()).then().statusCode(200);
        Api.as(Persona.AUDITOR).queryParam("resourceId", property.id().toString()).get("/api/v1/audit/accommodation")
                .then().body("items", hasSize(2))
                .body("items[0].operation", equalTo("CONSULTATION"))
                .body("items[0].justification", equalTo("mscu-coordinator-reads-properties"))
                .body("items[1].operation", equalTo("COLLECTION"));
    }

    @Test
    void theAuditChainVerifies() {
        Fixtures.property().create();
        Api.as(Persona.AUDITOR).get("/api/v1/audit/accommodation/verify").then().statusCode(200);
    }

    @Test
    void aRefusedPlacementStoresNothingAndAuditorsCannotListPlacements() {
        CreatedProperty property = Fixtures.property().create();
        Fixtures.place(Persona.HOUSING_OFFICER, Fixtures.placementIn(property.bed(), Api.today().plusDays(3), Api.today().plusDays(4)));
        Api.as(Persona.HOUSING_OFFICER).body(Fixtures.placementIn(property.bed(), Api.today().plusDays(3), Api.today().plusDays(4)))
                .post("/api/v1/placements").then().statusCode(409);
        Api.as(Persona.AUDITOR).get("/api/v1/placements?propertyId=" + property.id()).then().statusCode(403);
        Api.as(Persona.HOUSING_OFFICER).queryParam("propertyId", property.id().toString()).get("/api/v1/placements")
                .then().statusCode(200).body("items", hasSize(1));
    }
}
