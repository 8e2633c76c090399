package org.mscu.orders.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.applied;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.granted;
import static org.mscu.orders.support.Orders.prohibition;
import static org.mscu.orders.support.Orders.today;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OrderQueryTest {

    private static final Persona GMP = Persona.ORDER_MANAGER;

    /** An STPO that ends exactly {@code days} from today. */
    private static String endingIn(int days) {
        LocalDate end = today().plusDays(days);
        return granted(GMP, "STPO", end.minusYears(5), prohibition("CONTACT", end));
    }

    @Test
    void listsOrdersExpiringWithinNDaysInclusive() {
        String in30 = endingIn(30);
        String in31 = endingIn(31);
        Api.as(Persona.COORDINATOR).queryParam("expiringWithinDays", 30).queryParam("limit", 200).get("/api/v1/orders")
                .then().statusCode(200)
                .body("items.id", hasItem(in30))
                .body("items.id", not(hasItem(in31)));
    }

    @Test
    void listsOrdersExpiringBeforeADay() {
        String in10 = endingIn(10);
        String in40 = endingIn(40);
        Api.as(Persona.COORDINATOR).queryParam("expiringBefore", today().plusDays(10).toString()).queryParam("limit", 200)
                .get("/api/v1/orders").then().statusCode(200)
                .body("items.id", hasItem(in10))
                .body("items.id", not(hasItem(in40)));
    }

    @Test
    void findsOrdersBySubjectIgnoringCaseSpacingAndAccents() {
        var app = application("STPO");
        app.put("subject", body("name", "Zoë  Quillfeather-Test", "dateOfBirth", "1979-01-02"));
        String id = applied(GMP, app);
        Api.post(Persona.COORDINATOR, "/api/v1/orders/subject-search", body("name", "zoe quillfeather test"))
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0].subject.name", equalTo("Zoë  Quillfeather-Test"));
        Api.post(Persona.COORDINATOR, "/api/v1/orders/subject-search", body("name", "zoe quillfeather test", "dateOfBirth", "1979-01-03"))
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void showsAnotherApplicantOnlyItsOwnAndGrantedOrders() {
        String gmpApplied = applied(GMP, application("STPO"));
        String gmpGranted = granted(GMP);
        String glaaApplied = applied(Persona.GLAA_SYSTEM, application("STPO"));
        List<String> seen = allIds(Persona.GLAA_SYSTEM);
        org.assertj.core.api.Assertions.assertThat(seen).contains(gmpGranted, glaaApplied).doesNotContain(gmpApplied);
        Api.get(Persona.GLAA_SYSTEM, "/api/v1/orders/" + gmpApplied).then().statusCode(404);
        Api.get(Persona.GLAA_SYSTEM, "/api/v1/orders/" + gmpGranted).then().statusCode(200);
    }

    @Test
    void showsProbationGrantedOrdersOnly() {
        String applied = applied(GMP, application("STPO"));
        String grantedId = granted(Persona.IMMIGRATION_SYSTEM);
        List<String> seen = allIds(Persona.PROBATION_OFFICER);
        org.assertj.core.api.Assertions.assertThat(seen).contains(grantedId).doesNotContain(applied);
    }

    @Test
    void pagesWithAStableCursor() {
        for (int i = 0; i < 3; i++) {
            applied(Persona.IMMIGRATION_OFFICER, application("STRO"));
        }
        Response first = Api.as(Persona.COORDINATOR).queryParam("limit", 2).get("/api/v1/orders");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        String cursor = first.path("nextCursor");
        applied(Persona.IMMIGRATION_OFFICER, application("STRO"));
        Api.as(Persona.COORDINATOR).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/orders")
                .then().statusCode(200)
                .body("items.id", not(hasItem((String) first.path("items[0].id"))))
                .body("items.id", not(hasItem((String) first.path("items[1].id"))));
    }

    @Test
    void rejectsUnknownStatusFilter() {
        Api.as(Persona.COORDINATOR).queryParam("status", "PENDING").get("/api/v1/orders")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        Api.as(Persona.COORDINATOR).queryParam("expiringBefore", "29/11/2026").get("/api/v1/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("expiringBefore"));
    }

    @Test
    void rejectsLimitAbove200() {
        Api.as(Persona.COORDINATOR).queryParam("limit", 201).get("/api/v1/orders").then().statusCode(400);
    }

    private static List<String> allIds(Persona persona) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(persona).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/orders");
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
