package org.mscu.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.orders.order.PreventionOrder;
import org.mscu.orders.support.Api;
import org.mscu.orders.support.Orders;
import org.mscu.platform.testing.Persona;

/** POST creations honour Idempotency-Key: a replay is the first answer byte for byte, another body is 422. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void replaysTheFirstApplicationForTheSameKey() {
        var body = Orders.application("STPO");
        String key = UUID.randomUUID().toString();
        Response first = Api.as(Persona.GLAA_SYSTEM).header("Idempotency-Key", key).body(body).post("/api/v1/orders");
        Response replay = Api.as(Persona.GLAA_SYSTEM).header("Idempotency-Key", key).body(body).post("/api/v1/orders");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.asByteArray()).isEqualTo(first.asByteArray());
        String name = (String) ((java.util.Map<?, ?>) body.get("subject")).get("name");
        assertThat(PreventionOrder.count("subjectName", name)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        Api.as(Persona.GLAA_SYSTEM).header("Idempotency-Key", key).body(Orders.application("STPO")).post("/api/v1/orders")
                .then().statusCode(201);
        Api.as(Persona.GLAA_SYSTEM).header("Idempotency-Key", key).body(Orders.application("STPO")).post("/api/v1/orders")
                .then().statusCode(422);
    }

    @Test
    void replaysARecordedBreach() {
        String order = Orders.granted(Persona.ORDER_MANAGER);
        var body = Orders.body("occurredOn", Orders.today().toString(), "description", "Fictional breach once");
        String key = UUID.randomUUID().toString();
        String first = Api.as(Persona.PROBATION_OFFICER).header("Idempotency-Key", key).body(body)
                .post("/api/v1/orders/" + order + "/breaches").then().statusCode(201).extract().path("id");
        String again = Api.as(Persona.PROBATION_OFFICER).header("Idempotency-Key", key).body(body)
                .post("/api/v1/orders/" + order + "/breaches").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(org.mscu.orders.order.Breach.count("orderId", UUID.fromString(order))).isEqualTo(1);
    }
}
