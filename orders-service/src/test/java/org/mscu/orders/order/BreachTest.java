package org.mscu.orders.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class BreachTest {

    private static String breaches(String id) {
        return "/api/v1/orders/" + id + "/breaches";
    }

    @Test
    void recordsBreachByTheApplicantAgencyAndListsItPerOrder() {
        String id = granted(Persona.ORDER_MANAGER);
        String location = Api.post(Persona.ORDER_MANAGER, breaches(id),
                        body("occurredOn", today().toString(), "description", "Contacted a named person"))
                .then().statusCode(201)
                .header("Location", containsString(breaches(id) + "/"))
                .body("reportedByAgency", equalTo("gmp"))
                .extract().header("Location");
        Api.get(Persona.ORDER_MANAGER, location).then().statusCode(200).body("orderId", equalTo(id));
        Api.get(Persona.ORDER_MANAGER, breaches(id)).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", equalTo(null));
    }

    @Test
    void recordsBreachByProbation() {
        String id = granted(Persona.IMMIGRATION_SYSTEM);
        Api.post(Persona.PROBATION_OFFICER, breaches(id), body("occurredOn", today().toString(), "description", "Missed curfew"))
                .then().statusCode(201).body("reportedByAgency", equalTo("probation-service"));
        Api.post(Persona.IMMIGRATION_SYSTEM, breaches(id), body("occurredOn", today().toString(), "description", "Travelled"))
                .then().statusCode(201);
        Api.get(Persona.PROBATION_OFFICER, breaches(id)).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.reportedByAgency", org.hamcrest.Matchers.containsInAnyOrder("probation-service", "immigration-enforcement"));
    }

    @Test
    void hidesOtherAgencysOrderFromAnotherApplicantRecordingABreach() {
        String id = granted(Persona.ORDER_MANAGER);
        Api.post(Persona.GLAA_SYSTEM, breaches(id), body("occurredOn", today().toString(), "description", "Seen abroad"))
                .then().statusCode(404);
    }

    @Test
    void refusesBreachOfAnOrderNotInForce() {
        String id = applied(Persona.ORDER_MANAGER, application("STPO"));
        Api.post(Persona.ORDER_MANAGER, breaches(id), body("occurredOn", today().toString(), "description", "Too early"))
                .then().statusCode(409).body("code", equalTo("ORDER_NOT_IN_FORCE"));
    }

    @Test
    void refusesBreachBeforeTheOrderWasMade() {
        String id = granted(Persona.ORDER_MANAGER);
        Api.post(Persona.ORDER_MANAGER, breaches(id), body("occurredOn", today().minusDays(1).toString(), "description", "Before"))
                .then().statusCode(409).body("code", equalTo("BREACH_BEFORE_ORDER"));
    }
}
