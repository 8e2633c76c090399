package org.mscu.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue #7 end to end, through the gateway with real Keycloak tokens: a housing officer registers a
 * property, other cleared roles read its address; the coordinator places a victim and a second
 * booking of the bed is refused; a liaison officer sees the address only while a placement they
 * requested is active; the immigration agency gets 403 from every endpoint.
 */
class AccommodationFlowIT {

    private static final String PROPERTIES = "/api/v1/properties";
    private static final String PLACEMENTS = "/api/v1/placements";
    /** The zone whose calendar the service books nights in (its default configuration). */
    private static final ZoneId BOOKING_ZONE = ZoneId.of("Europe/London");

    @Test
    void housingProvidersAndTheCoordinatorReadTheAddressALiaisonOfficerDoesNot() {
        Created property = createProperty();

        Gateway.as(People.SAFE_HAVEN_OFFICER).get(PROPERTIES + "/" + property.id())
                .then().statusCode(200).body("address", equalTo(property.address()));
        Gateway.as(Persona.COORDINATOR).get(PROPERTIES + "/" + property.id())
                .then().statusCode(200).body("address", equalTo(property.address()));
        Gateway.as(People.VLO_ONE).get(PROPERTIES + "/" + property.id())
                .then().statusCode(200)
                .body("district", equalTo(property.district()))
                .body("$", not(hasKey("address")))
                .body(not(containsString(property.address())));
    }

    @Test
    void coordinatorPlacesAVictimAndASecondBookingOfTheBedIsRefused() {
        Created property = createProperty();
        LocalDate from = today().plusDays(1);

        Gateway.as(Persona.COORDINATOR).body(placement("VIC-E2E-" + Gateway.unique(), property.bedA(), from, from.plusDays(2)))
                .post(PLACEMENTS)
                .then().statusCode(201)
                .body("bedId", equalTo(property.bedA()))
                .body("propertyId", equalTo(property.id()))
                .body("status", equalTo("PLANNED"));

        ValidatableResponse refused = Gateway.as(Persona.HOUSING_OFFICER)
                .body(placement("VIC-E2E-" + Gateway.unique(), property.bedA(), from.plusDays(1), from.plusDays(3)))
                .post(PLACEMENTS).then();
        Problems.assertProblem(refused, 409);
        refused.body("code", equalTo("BED_OCCUPIED"));
        Gateway.as(Persona.COORDINATOR).queryParam("bedId", property.bedA()).get(PLACEMENTS)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void liaisonOfficerSeesTheAddressOnlyWhileAPlacementTheyRequestedIsActive() {
        Created property = createProperty();
        String path = PROPERTIES + "/" + property.id();

        Gateway.as(People.VLO_ONE).body(placement("VIC-E2E-" + Gateway.unique(), property.bedB(),
                        today().plusDays(20), today().plusDays(21)))
                .post(PLACEMENTS)
                .then().statusCode(201).body("status", equalTo("PLANNED"));
        Gateway.as(People.VLO_ONE).get(path).then().statusCode(200).body("$", not(hasKey("address")));

        String active = Gateway.as(People.VLO_ONE)
                .body(placement("VIC-E2E-" + Gateway.unique(), property.bedB(), today(), today().plusDays(1)))
                .post(PLACEMENTS)
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("requestedBy.username", equalTo(People.VLO_ONE))
                .extract().path("id");
        Gateway.as(People.VLO_ONE).get(PLACEMENTS + "/" + active).then().statusCode(200).body("id", equalTo(active));
        Gateway.as(People.VLO_ONE).get(path).then().statusCode(200).body("address", equalTo(property.address()));

        Gateway.as(Persona.COORDINATOR).body(Map.of("endedAt", Instant.now().toString(), "outcome", "MOVED_ON"))
                .post(PLACEMENTS + "/" + active + "/end")
                .then().statusCode(200).body("status", equalTo("ENDED"));
        Gateway.as(People.VLO_ONE).get(path).then().statusCode(200).body("$", not(hasKey("address")));
    }

    @Test
    void immigrationOfficerIsForbiddenEveryAccommodationEndpoint() {
        Created property = createProperty();
        String placement = Gateway.as(Persona.COORDINATOR)
                .body(placement("VIC-E2E-" + Gateway.unique(), property.bedA(), today().plusDays(5), today().plusDays(6)))
                .post(PLACEMENTS).then().statusCode(201).extract().path("id");
        Map<String, Object> update = new HashMap<>(propertyBody(property.district(), property.address()));
        update.remove("beds");
        String tomorrow = today().plusDays(1).toString();

        List<Function<RequestSpecification, io.restassured.response.Response>> calls = List.of(
                r -> r.body(propertyBody("E2E-" + Gateway.unique(), "1 Elsewhere Row")).post(PROPERTIES),
                r -> r.get(PROPERTIES + "/" + property.id()),
                r -> r.header("If-Match", "\"0\"").body(update).put(PROPERTIES + "/" + property.id()),
                r -> r.header("If-Match", "\"0\"").body(Map.of("label", "Z")).post(PROPERTIES + "/" + property.id() + "/beds"),
                r -> r.queryParam("from", today().toString()).queryParam("to", tomorrow).get("/api/v1/availability"),
                r -> r.get("/api/v1/occupancy"),
                r -> r.body(placement("VIC-E2E-" + Gateway.unique(), property.bedB(), today().plusDays(9), null)).post(PLACEMENTS),
                r -> r.get(PLACEMENTS),
                r -> r.get(PLACEMENTS + "/" + placement),
                r -> r.body(Map.of("plannedTo", today().plusDays(8).toString(), "reason", "Fictional extension"))
                        .post(PLACEMENTS + "/" + placement + "/extension"),
                r -> r.body(Map.of("endedAt", Instant.now().toString(), "outcome", "MOVED_ON"))
                        .post(PLACEMENTS + "/" + placement + "/end"),
                r -> r.body(Map.of("reason", "Fictional cancellation")).post(PLACEMENTS + "/" + placement + "/cancel"));
        for (var call : calls) {
            ValidatableResponse response = call.apply(Gateway.as(Persona.IMMIGRATION_OFFICER)).then();
            Problems.assertProblem(response, 403);
            response.body(not(containsString(property.address())));
        }
        Gateway.as(Persona.COORDINATOR).get(PLACEMENTS + "/" + placement)
                .then().statusCode(200).body("status", equalTo("PLANNED")).body("version", equalTo(0));
    }

    private record Created(String id, String district, String address, String bedA, String bedB) {
    }

    private static Created createProperty() {
        String suffix = Gateway.unique();
        String district = "E2E-" + suffix;
        String address = suffix + " Quiet Lane, Testtown TT9 9QQ";
        JsonPath created = Gateway.as(Persona.HOUSING_OFFICER).body(propertyBody(district, address)).post(PROPERTIES)
                .then().statusCode(201)
                .body("address", equalTo(address))
                .body("district", equalTo(district))
                .body("beds.size()", equalTo(2))
                .extract().jsonPath();
        return new Created(created.getString("id"), district, address,
                created.getString("beds.find { it.label == 'Room 1, bed A' }.id"),
                created.getString("beds.find { it.label == 'Room 1, bed B' }.id"));
    }

    private static Map<String, Object> propertyBody(String district, String address) {
        return Map.of("name", "Harbour House", "provider", "Safe Haven Housing", "district", district,
                "address", address, "type", "SAFE_HOUSE", "features", List.of("WOMEN_ONLY"),
                "beds", List.of(Map.of("label", "Room 1, bed A"), Map.of("label", "Room 1, bed B")));
    }

    private static Map<String, Object> placement(String victimRef, String bedId, LocalDate from, LocalDate plannedTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("victimRef", victimRef);
        body.put("bedId", bedId);
        body.put("from", from.toString());
        if (plannedTo != null) {
            body.put("plannedTo", plannedTo.toString());
        }
        return body;
    }

    private static LocalDate today() {
        return LocalDate.now(BOOKING_ZONE);
    }
}
