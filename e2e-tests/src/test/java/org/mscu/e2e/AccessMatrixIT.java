package org.mscu.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.mscu.platform.policy.PolicyEngine;
import org.mscu.platform.policy.Rule;

/**
 * Issue #12, the access matrix: every endpoint the services declare, called through the gateway by
 * every identity of the development realm with its real token, answers what the services' policy
 * documents say — status, fields hidden and shown, records listed or not — and a refusal changes
 * nothing and carries nothing of the record. Endpoints come from the code ({@code @Access}) and are
 * checked against the gateway's OpenAPI document; expectations come from each {@code policy.yaml}.
 * A table of every call is written to {@code target/reliability/access-matrix.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    private static final List<AccessMatrix.Cell> CELLS = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Order(1)
    void theGatewayServesExactlyTheEndpointsTheServicesDeclare() {
        Set<String> declared = ApiCatalog.endpoints().stream().map(DeclaredEndpoints.Endpoint::documentedKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> served = OpenApiDocument.fromGateway().operations().stream().map(OpenApiDocument.Operation::key)
                .filter(key -> key.contains(" /api/")).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(served, declared, "the merged OpenAPI document and the services' @Access methods differ");
    }

    @Test
    @Order(2)
    void everyDeclaredEndpointHasAScenario() {
        Set<String> declared = ApiCatalog.endpoints().stream().map(endpoint -> endpoint.service() + " " + endpoint.key())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> walked = ApiCatalog.scenarios().stream().map(scenario -> scenario.service() + " " + scenario.key())
                .collect(Collectors.toCollection(TreeSet::new));

        declared.removeAll(walked);

        assertTrue(declared.isEmpty(), "endpoints without a scenario in the access matrix (add one to *Scenarios): " + declared);
    }

    @Test
    @Order(3)
    void everyIdentityOfTheRealmHasATokenNamingItsAgencyAndRoles() {
        List<RealmIdentity> identities = RealmIdentity.all();

        assertTrue(identities.size() >= 18, "the realm seeds the people and partner systems of identities.md: " + identities);
        identities.forEach(identity -> {
            assertTrue(identity.caller().agency() != null, identity + " has no agency claim");
            assertTrue(!identity.caller().roles().isEmpty(), identity + " has no realm role");
        });
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> everyEndpointAnswersEveryIdentityAsItsPolicySays() {
        List<RealmIdentity> identities = RealmIdentity.all();
        List<DeclaredEndpoints.Endpoint> endpoints = ApiCatalog.endpoints();
        OpenApiDocument openApi = OpenApiDocument.fromGateway();
        return ApiCatalog.scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario.service().audience() + " " + scenario, () -> {
            DeclaredEndpoints.Endpoint endpoint = ApiCatalog.endpointOf(scenario, endpoints);
            int success = ApiCatalog.operationOf(scenario, endpoints, openApi).successStatus();
            List<AccessMatrix.Cell> cells = AccessMatrix.walk(scenario, endpoint, success, identities);
            CELLS.addAll(cells);
            List<String> mismatches = cells.stream().filter(cell -> !cell.passed()).map(AccessMatrix.Cell::describe).toList();
            assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
        }));
    }

    @Test
    @Order(5)
    void everyRuleAnIdentityCanMeetWasExercised() {
        Set<String> exercised = new TreeSet<>();
        synchronized (CELLS) {
            CELLS.stream().filter(cell -> cell.passed() && cell.expected().success() && cell.expected().grant() != null)
                    .forEach(cell -> exercised.add(cell.scenario().service() + " " + cell.expected().grant().rule()));
            CELLS.stream().filter(cell -> cell.listedRule() != null)
                    .forEach(cell -> exercised.add(cell.scenario().service() + " " + cell.listedRule()));
        }
        Set<String> required = new TreeSet<>();
        for (Service service : Service.values()) {
            PolicyEngine engine = Policies.of(service);
            for (Rule rule : engine.document().rules()) {
                if (!"never".equals(rule.relationship()) && someIdentityMeets(engine, rule)) {
                    required.add(service + " " + rule.name());
                }
            }
        }
        required.removeAll(exercised);

        assertTrue(required.isEmpty(), "rules no call of the matrix was granted by: " + required);
    }

    @AfterAll
    static void writeReportAndRelease() {
        try {
            if (!CELLS.isEmpty()) {
                MatrixReport.write(new ArrayList<>(CELLS), RealmIdentity.all());
            }
        } finally {
            VictimScenarios.releaseAssignments();
        }
    }

    private static boolean someIdentityMeets(PolicyEngine engine, Rule rule) {
        return RealmIdentity.all().stream().anyMatch(identity -> rule.actions().stream()
                .anyMatch(action -> engine.rulesFor(identity.caller(), rule.resource(), action).contains(rule)));
    }

}
