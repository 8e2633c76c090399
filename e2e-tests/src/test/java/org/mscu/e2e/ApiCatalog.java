package org.mscu.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the security suites walk: every endpoint the services declare ({@link DeclaredEndpoints}) and a
 * scenario for calling each ({@code *Scenarios}).
 */
final class ApiCatalog {

    private ApiCatalog() {
    }

    static List<DeclaredEndpoints.Endpoint> endpoints() {
        return Arrays.stream(Service.values())
                .flatMap(service -> DeclaredEndpoints.of(service, Policies.of(service).document().service()).stream())
                .toList();
    }

    /**
     * A scenario for every declared endpoint (and some for endpoints other versions of the services
     * declare: those are left out).
     */
    static List<Scenario> scenarios() {
        List<DeclaredEndpoints.Endpoint> endpoints = endpoints();
        return allScenarios().stream().filter(scenario -> endpoints.stream()
                .anyMatch(e -> e.service() == scenario.service() && e.key().equals(scenario.key()))).toList();
    }

    private static List<Scenario> allScenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.addAll(ReferralScenarios.all());
        scenarios.addAll(VictimScenarios.all());
        scenarios.addAll(OrderScenarios.all());
        scenarios.addAll(AccommodationScenarios.all());
        for (Service service : Service.values()) {
            scenarios.addAll(AuditScenarios.of(service, Policies.of(service).document().service()));
            scenarios.addAll(EventScenarios.of(service, Policies.of(service).document().service()));
        }
        return scenarios;
    }

    /** The declared endpoint a scenario calls. */
    static DeclaredEndpoints.Endpoint endpointOf(Scenario scenario, List<DeclaredEndpoints.Endpoint> endpoints) {
        return endpoints.stream().filter(e -> e.service() == scenario.service() && e.key().equals(scenario.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no declared endpoint " + scenario.service() + " " + scenario.key()));
    }

    /** The operation of the merged OpenAPI document a scenario calls. */
    static OpenApiDocument.Operation operationOf(Scenario scenario, List<DeclaredEndpoints.Endpoint> endpoints, OpenApiDocument openApi) {
        DeclaredEndpoints.Endpoint endpoint = endpointOf(scenario, endpoints);
        return openApi.operation(endpoint.method(), endpoint.documented());
    }
}
