package org.mscu.orders.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.prohibition;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class NotificationTest {

    private static final Persona GMP = Persona.ORDER_MANAGER;

    private static String madeAndServed(LocalDate servedOn) {
        String id = granted(GMP, "STPO", servedOn, prohibition("CONTACT", null));
        Api.post(GMP, "/api/v1/orders/" + id + "/service", body("servedOn", servedOn.toString())).then().statusCode(200)
                .body("notification.dueBy", equalTo(servedOn.plusDays(3).toString()));
        return id;
    }

    @Test
    void isDueOnTheThirdDayAfterService() {
        String id = madeAndServed(today().minusDays(3));
        Api.get(GMP, "/api/v1/orders/" + id).then().statusCode(200)
                .body("notification.status", equalTo("DUE"))
                .body("notification.kind", equalTo("INITIAL"));
    }

    @Test
    void isOverdueOnTheFourthDayAfterService() {
        String id = madeAndServed(today().minusDays(4));
        Api.get(GMP, "/api/v1/orders/" + id).then().statusCode(200).body("notification.status", equalTo("OVERDUE"));
    }

    @Test
    void isMetWhenNotifiedOnDayThree() {
        LocalDate served = today().minusDays(10);
        String id = madeAndServed(served);
        Api.post(GMP, "/api/v1/orders/" + id + "/notifications", body("notifiedOn", served.plusDays(3).toString(),
                        "details", "Names and home address notified at the station"))
                .then().statusCode(200).body("notification.status", equalTo("MET"))
                .body("notification.notifiedOn", equalTo(served.plusDays(3).toString()));
    }

    @Test
    void isOverdueWhenNotifiedOnDayFour() {
        LocalDate served = today().minusDays(10);
        String id = madeAndServed(served);
        Api.post(GMP, "/api/v1/orders/" + id + "/notifications", body("notifiedOn", served.plusDays(4).toString()))
                .then().statusCode(200).body("notification.status", equalTo("OVERDUE"));
    }

    @Test
    void setsDueByFromServedOnInTheDecision() {
        String id = applied(GMP, application("STPO"));
        var decision = org.mscu.orders.support.Orders.decision("GRANTED", today().minusDays(1), null);
        decision.put("servedOn", today().minusDays(1).toString());
        org.mscu.orders.support.Orders.decide(GMP, id, decision).then().statusCode(200)
                .body("notification.dueBy", equalTo(today().plusDays(2).toString()))
                .body("notification.status", equalTo("DUE"));
    }

    @Test
    void refusesInitialNotificationBeforeService() {
        String id = granted(GMP);
        Api.post(GMP, "/api/v1/orders/" + id + "/notifications", body("notifiedOn", today().toString()))
                .then().statusCode(409).body("code", equalTo("ORDER_NOT_SERVED"));
    }

    @Test
    void refusesServingTwice() {
        String id = madeAndServed(today());
        Api.post(GMP, "/api/v1/orders/" + id + "/service", body("servedOn", today().toString()))
                .then().statusCode(409).body("code", equalTo("ALREADY_SERVED"));
    }

    @Test
    void givesAChangeOfAddressThreeDaysFromTheChange() {
        LocalDate changed = today().minusDays(6);
        String id = madeAndServed(today().minusDays(8));
        Api.post(GMP, "/api/v1/orders/" + id + "/notifications", body("kind", "CHANGE_OF_ADDRESS",
                        "changedOn", changed.toString(), "notifiedOn", changed.plusDays(3).toString()))
                .then().statusCode(200)
                .body("notificationChanges", hasSize(1))
                .body("notificationChanges[0].dueBy", equalTo(changed.plusDays(3).toString()))
                .body("notificationChanges[0].status", equalTo("MET"));
        Api.post(GMP, "/api/v1/orders/" + id + "/notifications", body("kind", "CHANGE_OF_NAME",
                        "changedOn", changed.toString()))
                .then().statusCode(200)
                .body("notificationChanges", hasSize(2))
                .body("notificationChanges[1].status", equalTo("OVERDUE"));
    }

    @Test
    void needsTheDayOfTheChange() {
        String id = granted(GMP);
        Api.post(GMP, "/api/v1/orders/" + id + "/notifications", body("kind", "CHANGE_OF_NAME", "notifiedOn", today().toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("changedOn"));
    }

    @Test
    void listsOrdersWithOverdueNotificationsOnly() {
        String overdue = madeAndServed(today().minusDays(4));
        String due = madeAndServed(today().minusDays(3));
        Api.as(Persona.COORDINATOR).queryParam("notificationOverdue", true).queryParam("limit", 200)
                .get("/api/v1/orders").then().statusCode(200)
                .body("items.id", hasItem(overdue))
                .body("items.id", not(hasItem(due)));
    }

    @Test
    void letsProbationRecordNotificationsOnGrantedOrders() {
        String id = granted(GMP);
        Api.post(Persona.PROBATION_OFFICER, "/api/v1/orders/" + id + "/service", body("servedOn", today().toString()))
                .then().statusCode(200);
        Api.post(Persona.PROBATION_OFFICER, "/api/v1/orders/" + id + "/notifications", body("notifiedOn", today().toString()))
                .then().statusCode(200).body("notification.status", equalTo("MET"));
    }
}
