package org.mscu.orders;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.orders.support.Orders;
import org.mscu.platform.testing.Persona;

/** DPA s.62: applying, deciding and reading an order leave audit entries the auditor can list and verify. */
@QuarkusTest
class AuditTest {

    @Test
    void logsCollectionAlterationAndConsultationOfAnOrder() {
        String id = Orders.granted(Persona.ORDER_MANAGER);
        Api.get(Persona.PROBATION_OFFICER, "/api/v1/orders/" + id).then().statusCode(200);
        Api.as(Persona.AUDITOR).queryParam("resourceId", id).get("/api/v1/audit/orders")
                .then().statusCode(200)
                .body("items.operation", hasItems("COLLECTION", "ALTERATION", "CONSULTATION"))
                .body("items.agency", hasItem("probation-service"))
                .body("items.justification", hasItem("probation-granted-orders"));
    }

    @Test
    void takesTheJustificationFromTheAccessPurposeHeader() {
        String id = Orders.granted(Persona.ORDER_MANAGER);
        Api.as(Persona.COORDINATOR).header("X-Access-Purpose", "Case review").get("/api/v1/orders/" + id)
                .then().statusCode(200);
        Api.as(Persona.AUDITOR).queryParam("resourceId", id).get("/api/v1/audit/orders")
                .then().statusCode(200).body("items.justification", hasItem("Case review"));
    }

    @Test
    void verifiesTheAuditChain() {
        Orders.granted(Persona.ORDER_MANAGER);
        Api.get(Persona.AUDITOR, "/api/v1/audit/orders/verify").then().statusCode(200).body("intact", equalTo(true));
    }
}
