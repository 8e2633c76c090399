package org.mscu.victim.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.PolicyWalker;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Intake;

/**
 * Walks every rule of policy.yaml through the HTTP API: each (rule, action, persona) it grants is
 * allowed for a record in the rule's relationship; every persona without a rule for a function gets
 * 403; a persona whose rule needs a relationship gets 404 for a record outside it.
 */
@QuarkusTest
class PolicyMatrixTest {

    private static final PolicyWalker POLICY = PolicyWalker.fromClasspath();

    /** One HTTP call per (resource, action): given the persona and the record id it targets. */
    private static final Map<String, BiFunction<Persona, String, Response>> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("victim:create", (p, id) -> Api.as(p).body(Api.victim().body()).post("/api/v1/victims"));
        CALLS.put("victim:read", (p, id) -> Api.as(p).get("/api/v1/victims/" + id));
        CALLS.put("victim:list", (p, id) -> Api.as(p).get("/api/v1/victims"));
        CALLS.put("liaison-officer:create", (p, id) -> Api.as(p).body(Api.officer().body()).post("/api/v1/liaison-officers"));
        CALLS.put("liaison-officer:read", (p, id) -> Api.as(p).get("/api/v1/liaison-officers/" + id));
        CALLS.put("liaison-officer:update", (p, id) -> Api.as(p).header("If-Match", "\"0\"")
                .body(Api.officer().changeBody()).put("/api/v1/liaison-officers/" + id));
        CALLS.put("liaison-officer:list", (p, id) -> Api.as(p).get("/api/v1/liaison-officers"));
        CALLS.put("liaison:candidates", (p, id) -> Api.as(p).get("/api/v1/victims/" + id + "/liaison-candidates"));
        CALLS.put("liaison:assign", (p, id) -> Api.as(p).body(Map.of("officerId", Api.officer().create(), "reason", "policy walk"))
                .post("/api/v1/victims/" + id + "/liaison"));
        CALLS.put("liaison:history", (p, id) -> Api.as(p).get("/api/v1/victims/" + id + "/liaison/history"));
        CALLS.put("liaison:proposal", (p, id) -> Api.as(p).get("/api/v1/victims/" + id + "/liaison-proposal"));
        CALLS.put("liaison:confirm", (p, id) -> Api.as(p).post("/api/v1/victims/" + id + "/liaison-proposal/confirm"));
        CALLS.put("timeline:read", (p, id) -> Api.as(p).get("/api/v1/victims/" + id + "/timeline"));
        CALLS.put("section45:read", (p, id) -> Api.as(p).get("/api/v1/victims/" + id + "/section45"));
        CALLS.put("section45:write", (p, id) -> Api.as(p)
                .body(Map.of("suspectedOffences", List.of(), "excludedOffence", false, "status", "NOT_APPLICABLE"))
                .put("/api/v1/victims/" + id + "/section45"));
        CALLS.put("rota:manage", (p, id) -> Api.as(p)
                .body(Map.of("username", "ta." + Api.randomWord(), "name", "Advisor", "phone", "+447700900003"))
                .post("/api/v1/tactical-advisors"));
        CALLS.put("rota:read", (p, id) -> Api.as(p).queryParam("from", "2030-01-01T00:00:00Z").queryParam("to", "2030-01-02T00:00:00Z")
                .get("/api/v1/tactical-advisors/coverage"));
        CALLS.put("rota:on-call", (p, id) -> Api.as(p).get("/api/v1/tactical-advisors/on-call"));
        CALLS.put("audit:read", (p, id) -> Api.as(p).queryParam("resourceId", id).get("/api/v1/audit/victims"));
        CALLS.put("audit:verify", (p, id) -> Api.as(p).get("/api/v1/audit/victims/verify"));
        CALLS.put("events:read", (p, id) -> Api.as(p).get("/api/v1/events/victims/dead-letters"));
        CALLS.put("events:replay", (p, id) -> Api.as(p).post("/api/v1/events/victims/dead-letters/placements/replay"));
    }

    /** Actions that act on one record, where a relationship decides between the record and 404. */
    private static final Set<String> RECORD_ACTIONS = Set.of("victim:read", "liaison-officer:read", "section45:read",
            "section45:write", "liaison:candidates", "liaison:assign", "liaison:history", "liaison:proposal", "liaison:confirm",
            "timeline:read");

    private static String key(String resource, String action) {
        return resource + ":" + action;
    }

    /** A record the persona stands in the relationship to. */
    private static String recordIn(String resource, String relationship, Persona persona) {
        if (resource.equals("liaison-officer")) {
            return relationship.equals("own-entry") ? Api.officerOf(persona) : Api.officer().create();
        }
        if (relationship.equals("assigned")) {
            return Api.victimAssignedTo(persona);
        }
        if (resource.equals("liaison")) {
            // an open proposal, so that reading and confirming it succeed
            return Intake.victimWithProposal().victimId();
        }
        return Api.victim().create();
    }

    @Test
    void everyActionOfThePolicyHasACall() {
        List<String> missing = new ArrayList<>();
        POLICY.document().rules().forEach(rule -> rule.actions().forEach(action -> {
            if (!CALLS.containsKey(key(rule.resource(), action))) {
                missing.add(key(rule.resource(), action));
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(POLICY.rulesWithoutPersona()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyGrantIsAllowedForARecordInItsRelationship() {
        return POLICY.grants().stream().map(walk -> DynamicTest.dynamicTest(walk.toString(), () -> {
            String record = recordIn(walk.resource(), walk.relationship(), walk.persona());
            int status = CALLS.get(key(walk.resource(), walk.action())).apply(walk.persona(), record).statusCode();
            if (walk.relationship().equals("never")) {
                assertThat(status).as(walk.toString()).isEqualTo(404);
            } else {
                assertThat(status).as(walk.toString()).isBetween(200, 299);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaWithoutARuleIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        CALLS.keySet().forEach(call -> {
            String[] parts = call.split(":");
            POLICY.refused(parts[0], parts[1]).forEach(persona -> tests.add(DynamicTest.dynamicTest(
                    persona + " may not " + parts[1] + " " + parts[0], () -> {
                        String record = parts[0].equals("liaison-officer") ? Api.officer().create() : Api.victim().create();
                        assertThat(CALLS.get(call).apply(persona, record).statusCode()).isEqualTo(403);
                    })));
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aRecordOutsideTheRelationshipIsNotFound() {
        return POLICY.grants().stream()
                .filter(walk -> !walk.relationship().equals("any") && !walk.relationship().equals("never"))
                .filter(walk -> RECORD_ACTIONS.contains(key(walk.resource(), walk.action())))
                .filter(walk -> POLICY.grants().stream().noneMatch(other -> other.persona() == walk.persona()
                        && other.resource().equals(walk.resource()) && other.action().equals(walk.action())
                        && other.relationship().equals("any")))
                .map(walk -> DynamicTest.dynamicTest(walk + " but not another's record", () -> {
                    String record = recordIn(walk.resource(), "any", walk.persona());
                    assertThat(CALLS.get(key(walk.resource(), walk.action())).apply(walk.persona(), record).statusCode())
                            .as(walk.toString()).isEqualTo(404);
                }));
    }
}
