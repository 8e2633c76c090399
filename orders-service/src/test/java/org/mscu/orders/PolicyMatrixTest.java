package org.mscu.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mscu.orders.support.Records;
import org.mscu.platform.policy.Rule;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.PolicyWalker;

/**
 * Walks every rule of policy.yaml with the seeded personas: each grant works on a record in the rule's
 * relationship, every persona without the function gets 403, and a record outside every relationship
 * the caller has is a 404.
 */
@QuarkusTest
class PolicyMatrixTest {

    private static final PolicyWalker WALKER = PolicyWalker.fromClasspath();

    static Stream<Arguments> grants() {
        return WALKER.grants().stream().map(walk -> Arguments.of(walk.toString(), walk));
    }

    static Stream<Arguments> refusals() {
        List<Arguments> refusals = new ArrayList<>();
        WALKER.document().resources().forEach((resource, actions) -> actions.forEach(action ->
                WALKER.refused(resource, action).forEach(persona ->
                        refusals.add(Arguments.of(resource, action, persona)))));
        List.of("read", "verify").forEach(action -> WALKER.refused("audit", action)
                .forEach(persona -> refusals.add(Arguments.of("audit", action, persona))));
        List.of("read", "replay").forEach(action -> WALKER.refused("events", action)
                .forEach(persona -> refusals.add(Arguments.of("events", action, persona))));
        return refusals.stream();
    }

    /** Personas with an order function only through own/granted rules, on a record in neither relationship. */
    static Stream<Arguments> unrelated() {
        List<Arguments> unrelated = new ArrayList<>();
        for (String action : WALKER.document().resources().get("order")) {
            if ("create".equals(action)) {
                continue;
            }
            for (Persona persona : WALKER.permitted("order", action)) {
                boolean viaAny = WALKER.grants().stream().anyMatch(walk -> walk.persona() == persona
                        && walk.resource().equals("order") && walk.action().equals(action) && Rule.ANY.equals(walk.relationship()));
                if (!viaAny) {
                    unrelated.add(Arguments.of(action, persona));
                }
            }
        }
        return unrelated.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grants")
    void grantsEveryRuleToItsPersonasOnARecordInItsRelationship(String name, PolicyWalker.Walk walk) {
        String id = Records.prepare(walk.resource(), walk.action(), walk.relationship(), walk.persona());
        Response response = Records.call(walk.resource(), walk.action(), walk.persona(), id);
        assertThat(response.statusCode()).as(name + " → " + response.asString())
                .isNotIn(401, 403, 404).isLessThan(500);
    }

    @ParameterizedTest(name = "{2} may not {1} {0}: 403")
    @MethodSource("refusals")
    void refusesEveryPersonaWithoutTheFunction(String resource, String action, Persona persona) {
        Response response = Records.call(resource, action, persona, java.util.UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{1} on an order in no relationship, {0}: 404")
    @MethodSource("unrelated")
    void hidesOrdersOutsideTheCallersRelationships(String action, Persona persona) {
        String id = Records.unrelatedOrder(persona);
        Response response = Records.call("order", action, persona, id);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
    }

    @Test
    void everyRuleHasASeededPersona() {
        assertThat(WALKER.rulesWithoutPersona()).isEmpty();
    }
}
