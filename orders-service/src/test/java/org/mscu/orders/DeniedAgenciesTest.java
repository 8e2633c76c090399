package org.mscu.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mscu.orders.support.Api;
import org.mscu.orders.support.Orders;
import org.mscu.orders.support.Records;
import org.mscu.platform.testing.Persona;

/**
 * The charity network, DWP, the city council and the housing provider have no part in orders: every
 * endpoint answers 403 to every token of theirs, even on records that exist.
 */
@QuarkusTest
class DeniedAgenciesTest {

    private static final List<Persona> DENIED = List.of(Persona.CHARITY_HOTLINE, Persona.DWP_SYSTEM, Persona.DWP_REFERRER,
            Persona.LA_CASE_SYSTEM, Persona.HOUSING_OFFICER, Persona.SAFEHAVEN_OFFICER);

    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"POST", "/api/v1/orders"},
            new String[] {"GET", "/api/v1/orders"},
            new String[] {"POST", "/api/v1/orders/subject-search"},
            new String[] {"GET", "/api/v1/orders/{order}"},
            new String[] {"POST", "/api/v1/orders/{order}/submission"},
            new String[] {"POST", "/api/v1/orders/{order}/decision"},
            new String[] {"POST", "/api/v1/orders/{order}/variations"},
            new String[] {"POST", "/api/v1/orders/{order}/renewal"},
            new String[] {"POST", "/api/v1/orders/{order}/discharge"},
            new String[] {"POST", "/api/v1/orders/{order}/service"},
            new String[] {"POST", "/api/v1/orders/{order}/notifications"},
            new String[] {"POST", "/api/v1/orders/{order}/breaches"},
            new String[] {"GET", "/api/v1/orders/{order}/breaches"},
            new String[] {"GET", "/api/v1/orders/{order}/breaches/{breach}"},
            new String[] {"POST", "/api/v1/order-opportunities"},
            new String[] {"GET", "/api/v1/order-opportunities"},
            new String[] {"GET", "/api/v1/order-opportunities/{opportunity}"},
            new String[] {"POST", "/api/v1/order-opportunities/{opportunity}/assessment"},
            new String[] {"GET", "/api/v1/audit/orders"},
            new String[] {"GET", "/api/v1/audit/orders/verify"});

    private static Map<String, String> ids;

    /** Real records, created once (lazily: REST Assured knows the test port only inside a test). */
    private static synchronized Map<String, String> existingRecords() {
        if (ids != null) {
            return ids;
        }
        String order = Orders.granted(Persona.ORDER_MANAGER);
        String breach = Api.post(Persona.ORDER_MANAGER, "/api/v1/orders/" + order + "/breaches",
                Orders.body("occurredOn", Orders.today().toString(), "description", "Fictional breach")).path("id");
        ids = Map.of("{order}", order, "{breach}", breach, "{opportunity}", Records.openOpportunity());
        return ids;
    }

    static Stream<Arguments> endpointsAndDeniedPersonas() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] endpoint : ENDPOINTS) {
            for (Persona persona : DENIED) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], persona));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2}: {0} {1} → 403")
    @MethodSource("endpointsAndDeniedPersonas")
    void refusesDeniedAgencyOnEveryEndpoint(String method, String template, Persona persona) {
        String path = template;
        for (var id : existingRecords().entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        var request = Api.as(persona);
        if ("POST".equals(method)) {
            request.body(Map.of());
        }
        Response response = request.request(method, path);
        assertThat(response.statusCode()).as(method + " " + path + " → " + response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
