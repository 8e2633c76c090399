package org.mscu.e2e;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accommodation-service endpoints in the access matrix. Properties are registered by the city
 * council's housing officer; placements are requested by {@code vlo.one} (relationship
 * {@code requested}); a property where a placement {@code vlo.one} requested is ACTIVE is
 * {@code active-placement} to {@code vlo.one} only.
 */
final class AccommodationScenarios {

    private static final String PROPERTIES = "/api/v1/properties";
    private static final String PLACEMENTS = "/api/v1/placements";
    private static final String REQUESTER = People.VLO_ONE;

    private AccommodationScenarios() {
    }

    static List<Scenario> all() {
        Service s = Service.ACCOMMODATION;
        return List.of(
                Scenario.of(s, "POST", PROPERTIES, () -> Subject.at(PROPERTIES).body(propertyBody(Fixtures.unique()))),
                Scenario.of(s, "GET", PROPERTIES + "/{id}", "registered", () -> {
                    Fixture property = property();
                    return Subject.at(PROPERTIES + "/" + property.id()).on(property).returningRecord();
                }),
                Scenario.of(s, "GET", PROPERTIES + "/{id}", "with a placement of vlo.one active", () -> {
                    Fixture property = propertyWithActivePlacement();
                    return Subject.at(PROPERTIES + "/" + property.id()).on(property).returningRecord();
                }),
                Scenario.of(s, "PUT", PROPERTIES + "/{id}", () -> {
                    Fixture property = property();
                    Map<String, Object> update = propertyBody(Fixtures.unique());
                    update.remove("beds");
                    return Subject.at(PROPERTIES + "/" + property.id()).on(property).body(update);
                }),
                Scenario.of(s, "POST", PROPERTIES + "/{id}/beds", () -> {
                    Fixture property = property();
                    return Subject.at(PROPERTIES + "/" + property.id() + "/beds").on(property).body(Map.of("label", "Room 9, bed " + Fixtures.unique()));
                }),
                Scenario.of(s, "GET", "/api/v1/availability", () -> {
                    Fixture property = property();
                    return Subject.at("/api/v1/availability").query("district", property.fact("district"))
                            .query("from", Fixtures.today().plusDays(40).toString()).query("to", Fixtures.today().plusDays(41).toString());
                }),
                Scenario.of(s, "GET", "/api/v1/occupancy", () -> Subject.at("/api/v1/occupancy")),
                Scenario.of(s, "POST", PLACEMENTS, () -> {
                    Fixture property = property();
                    return Subject.at(PLACEMENTS).body(placementBody(property.fact("bedA"), Fixtures.today().plusDays(30), Fixtures.today().plusDays(31)));
                }),
                Scenario.of(s, "GET", PLACEMENTS, () -> {
                    Fixture placement = placement(Fixtures.today().plusDays(30));
                    return Subject.at(PLACEMENTS).listing(placement).query("victimRef", placement.fact("victimRef"));
                }),
                Scenario.of(s, "GET", PLACEMENTS + "/{id}", () -> {
                    Fixture placement = placement(Fixtures.today().plusDays(30));
                    return Subject.at(PLACEMENTS + "/" + placement.id()).on(placement).returningRecord();
                }),
                Scenario.of(s, "POST", PLACEMENTS + "/{id}/extension", () -> {
                    Fixture placement = placement(Fixtures.today().plusDays(30));
                    return Subject.at(PLACEMENTS + "/" + placement.id() + "/extension").on(placement)
                            .body(Map.of("plannedTo", Fixtures.today().plusDays(32).toString(), "reason", "Fictional: move-on delayed"));
                }),
                Scenario.of(s, "POST", PLACEMENTS + "/{id}/end", () -> {
                    Fixture placement = placement(Fixtures.today());
                    return Subject.at(PLACEMENTS + "/" + placement.id() + "/end").on(placement)
                            .body(Map.of("endedAt", Instant.now().toString(), "outcome", "MOVED_ON"));
                }),
                Scenario.of(s, "POST", PLACEMENTS + "/{id}/cancel", () -> {
                    Fixture placement = placement(Fixtures.today().plusDays(30));
                    return Subject.at(PLACEMENTS + "/" + placement.id() + "/cancel").on(placement)
                            .body(Map.of("reason", "Fictional: no longer needed"));
                }));
    }

    /** A property of the city council with two beds; its address and district are unique to it. */
    static Fixture property() {
        String marker = Fixtures.unique();
        JsonPath created = Fixtures.post(Tokens.bearer(Persona.HOUSING_OFFICER), PROPERTIES, propertyBody(marker), 201);
        String id = created.getString("id");
        return new Fixture(id, caller -> Set.of(), List.of(address(marker)),
                Map.of("district", district(marker), "address", address(marker),
                        "bedA", created.getString("beds[0].id"), "bedB", created.getString("beds[1].id")),
                Fixtures.stateOf(Tokens.bearer(Persona.HOUSING_OFFICER), PROPERTIES + "/" + id));
    }

    /** A property with an ACTIVE placement {@code vlo.one} requested: its address is theirs to know. */
    static Fixture propertyWithActivePlacement() {
        Fixture property = property();
        Fixtures.post(People.bearer(REQUESTER), PLACEMENTS, placementBody(property.fact("bedA"), Fixtures.today(), Fixtures.today().plusDays(1)), 201);
        String requester = subjectOf(REQUESTER);
        return new Fixture(property.id(), caller -> Fixtures.when(requester.equals(caller.subject()), "active-placement"),
                property.secrets(), property.facts(), property.state());
    }

    /** A placement {@code vlo.one} requested in a bed of a fresh property, starting {@code from} (today: ACTIVE). */
    static Fixture placement(LocalDate from) {
        Fixture property = property();
        Map<String, Object> body = placementBody(property.fact("bedA"), from, from.plusDays(1));
        String id = Fixtures.post(People.bearer(REQUESTER), PLACEMENTS, body, 201).getString("id");
        String requester = subjectOf(REQUESTER);
        return new Fixture(id, caller -> Fixtures.when(requester.equals(caller.subject()), "requested"),
                List.of(body.get("victimRef").toString()), Map.of("victimRef", body.get("victimRef").toString()),
                Fixtures.stateOf(Tokens.bearer(Persona.HOUSING_OFFICER), PLACEMENTS + "/" + id));
    }

    static Map<String, Object> propertyBody(String marker) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Harbour House");
        body.put("provider", "Safe Haven Housing");
        body.put("district", district(marker));
        body.put("address", address(marker));
        body.put("type", "SAFE_HOUSE");
        body.put("features", List.of("WOMEN_ONLY"));
        body.put("beds", List.of(Map.of("label", "Room 1, bed A"), Map.of("label", "Room 1, bed B")));
        return body;
    }

    static Map<String, Object> placementBody(String bed, LocalDate from, LocalDate plannedTo) {
        return Map.of("victimRef", "VIC-MATRIX-" + Fixtures.unique(), "bedId", bed,
                "from", from.toString(), "plannedTo", plannedTo.toString());
    }

    private static String district(String marker) {
        return "E2E-" + marker;
    }

    private static String address(String marker) {
        return marker + " Quiet Lane, Testtown TT9 9QQ";
    }

    private static String subjectOf(String username) {
        return new RealmIdentity(username, false).caller().subject();
    }
}
