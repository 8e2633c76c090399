package org.mscu.orders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.decide;
import static org.mscu.orders.support.Orders.decision;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.orders.support.OutboxRows;
import org.mscu.platform.testing.Persona;

/** Events go to the outbox in the transaction of the change, with ids and agencies but no subject. */
@QuarkusTest
class OrderEventsTest {

    @Test
    void publishesOrderGrantedWithoutPersonalData() {
        var app = application("STPO");
        String id = applied(Persona.ORDER_MANAGER, app);
        assertThat(OutboxRows.count("order.granted", id)).isZero();
        decide(Persona.ORDER_MANAGER, id, decision("GRANTED", today(), null)).then().statusCode(200);
        assertThat(OutboxRows.data("order.granted", id)).singleElement().satisfies(data -> {
            assertThat(data).contains("\"orderId\": \"" + id + "\"").contains("\"applicantAgency\": \"gmp\"");
            assertThat(data).doesNotContain((String) ((java.util.Map<?, ?>) app.get("subject")).get("name"));
        });
    }

    @Test
    void publishesNothingForARefusal() {
        String id = applied(Persona.ORDER_MANAGER, application("STPO"));
        decide(Persona.ORDER_MANAGER, id, decision("REFUSED", today(), null)).then().statusCode(200);
        assertThat(OutboxRows.count("order.granted", id)).isZero();
    }

    @Test
    void publishesBreachRecordedWithTheReportingAgency() {
        String id = granted(Persona.ORDER_MANAGER);
        Api.post(Persona.PROBATION_OFFICER, "/api/v1/orders/" + id + "/breaches",
                body("occurredOn", today().toString(), "description", "Fictional breach")).then().statusCode(201);
        assertThat(OutboxRows.data("order.breach-recorded", id)).singleElement()
                .satisfies(data -> assertThat(data).contains("\"reportedByAgency\": \"probation-service\""));
    }

    @Test
    void publishesNothingWhenTheChangeIsRefused() {
        String id = applied(Persona.ORDER_MANAGER, application("STPO"));
        decide(Persona.ORDER_MANAGER, id, decision("GRANTED", today(), today().plusYears(1))).then().statusCode(409);
        assertThat(OutboxRows.count("order.granted", id)).isZero();
    }
}
