package org.mscu.accommodation.policy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mscu.accommodation.support.Api;
import org.mscu.accommodation.support.Fixtures;
import org.mscu.accommodation.support.Fixtures.CreatedProperty;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.PolicyWalker;
import org.mscu.platform.testing.PolicyWalker.Walk;

/**
 * Walks every rule of policy.yaml over HTTP: each persona a rule admits gets the function (for a
 * relationship rule: on a record in that relationship, and 404 on one that is not), every persona
 * no rule admits gets 403, on every endpoint.
 */
@QuarkusTest
class PolicyMatrixTest {

    private static final LocalDate D = Api.quietMonday();
    private static final String ADDRESS = "3 Matrix Mews, Testtown TT3 3MM";

    private final PolicyWalker walker = PolicyWalker.fromClasspath();

    /** One endpoint per (resource, action): given a persona, calls it on fresh records and answers the response. */
    private final Map<String, Function<Persona, Response>> endpoints = endpoints();

    private static Map<String, Function<Persona, Response>> endpoints() {
        Map<String, Function<Persona, Response>> calls = new LinkedHashMap<>();
        calls.put("property/create", p -> Api.as(p).body(Fixtures.property().body()).post("/api/v1/properties"));
        calls.put("property/read", p -> Api.as(p).get("/api/v1/properties/" + Fixtures.property().create().id()));
        calls.put("property/update", p -> {
            Map<String, Object> update = new LinkedHashMap<>(Fixtures.property().body());
            update.remove("beds");
            return Api.as(p).header("If-Match", "\"0\"").body(update).put("/api/v1/properties/" + Fixtures.property().create().id());
        });
        calls.put("availability/read", p -> Api.as(p).queryParam("from", D.toString()).queryParam("to", D.plusDays(1).toString())
                .get("/api/v1/availability"));
        calls.put("occupancy/read", p -> Api.as(p).get("/api/v1/occupancy"));
        calls.put("placement/create", p -> Api.as(p).body(Fixtures.placementIn(Fixtures.property().create().bed(), D, null))
                .post("/api/v1/placements"));
        calls.put("placement/read", p -> Api.as(p).get("/api/v1/placements/" + placed(Persona.HOUSING_OFFICER, D)));
        calls.put("placement/extend", p -> Api.as(p).header("If-Match", "\"0\"")
                .body(Map.of("plannedTo", D.plusDays(20).toString(), "reason", "Entered the NRM"))
                .post("/api/v1/placements/" + placed(Persona.HOUSING_OFFICER, D) + "/extension"));
        calls.put("placement/end", p -> Api.as(p).header("If-Match", "\"0\"")
                .body(Map.of("endedAt", Instant.now().toString(), "outcome", "MOVED_ON"))
                .post("/api/v1/placements/" + placed(Persona.HOUSING_OFFICER, Api.today()) + "/end"));
        calls.put("placement/cancel", p -> Api.as(p).header("If-Match", "\"0\"").body(Map.of("reason", "Not needed"))
                .post("/api/v1/placements/" + placed(Persona.HOUSING_OFFICER, D) + "/cancel"));
        calls.put("audit/read", p -> Api.as(p).queryParam("resourceId", Fixtures.property().create().id().toString())
                .get("/api/v1/audit/accommodation"));
        calls.put("audit/verify", p -> Api.as(p).get("/api/v1/audit/accommodation/verify"));
        return calls;
    }

    private static String placed(Persona requester, LocalDate from) {
        return Fixtures.place(requester, Fixtures.placementIn(Fixtures.property().create().bed(), from, null)).getString("id");
    }

    @Test
    void everyResourceAndActionOfThePolicyHasAnEndpointHere() {
        walker.document().resources().forEach((resource, actions) -> actions.forEach(action ->
                assertTrue(endpoints.containsKey(resource + "/" + action), "no endpoint walked for " + resource + "/" + action)));
        assertTrue(walker.rulesWithoutPersona().isEmpty(), "every rule is exercised by a seeded persona");
    }

    @Test
    void everyPersonaARuleAdmitsOnAnyRecordGetsTheFunction() {
        for (Walk walk : walker.grants()) {
            if (!"any".equals(walk.relationship())) {
                continue;
            }
            Response response = endpoints.get(walk.resource() + "/" + walk.action()).apply(walk.persona());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 201,
                    walk + " answered " + response.statusCode() + " " + response.asString());
        }
    }

    @Test
    void everyPersonaNoRuleAdmitsGetsForbiddenOnEveryEndpoint() {
        walker.document().resources().forEach((resource, actions) -> actions.forEach(action -> {
            for (Persona persona : walker.refused(resource, action)) {
                int status = endpoints.get(resource + "/" + action).apply(persona).statusCode();
                assertEquals(403, status, persona + " on " + resource + "/" + action);
            }
        }));
        for (String audit : List.of("read", "verify")) {
            for (Persona persona : walker.refused("audit", audit)) {
                assertEquals(403, endpoints.get("audit/" + audit).apply(persona).statusCode(), persona + " on audit/" + audit);
            }
        }
    }

    @Test
    void liaisonOfficerReadsRequestedPlacementsAndGetsNotFoundForOthers() {
        List<Walk> requested = walker.grants().stream().filter(w -> "requested".equals(w.relationship())).toList();
        assertFalse(requested.isEmpty());
        for (Walk walk : requested) {
            Api.as(walk.persona()).get("/api/v1/placements/" + placed(walk.persona(), D)).then().statusCode(200);
            Api.as(walk.persona()).get("/api/v1/placements/" + placed(Persona.HOUSING_OFFICER, D))
                    .then().statusCode(404).body("status", equalTo(404));
        }
    }

    @Test
    void liaisonOfficerSeesTheAddressOnlyThroughAnActivePlacementTheyRequested() {
        List<Walk> active = walker.grants().stream().filter(w -> "active-placement".equals(w.relationship())).toList();
        assertFalse(active.isEmpty());
        for (Walk walk : active) {
            CreatedProperty withPlacement = Fixtures.property().address(ADDRESS).create();
            Fixtures.place(walk.persona(), Fixtures.placementIn(withPlacement.bed(), Api.today(), null));
            Api.as(walk.persona()).get("/api/v1/properties/" + withPlacement.id()).then().statusCode(200).body("address", equalTo(ADDRESS));
            CreatedProperty without = Fixtures.property().address(ADDRESS).create();
            Api.as(walk.persona()).get("/api/v1/properties/" + without.id()).then().statusCode(200).body("$", not(hasKey("address")));
        }
    }
}
