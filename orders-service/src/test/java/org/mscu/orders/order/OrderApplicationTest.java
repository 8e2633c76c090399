package org.mscu.orders.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.orders.support.Orders.application;
import static org.mscu.orders.support.Orders.apply;
import static org.mscu.orders.support.Orders.prohibition;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OrderApplicationTest {

    @Test
    void appliesForStpoWithApplicantAgencyFromTheToken() {
        var body = application("STPO");
        apply(Persona.ORDER_MANAGER, body)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/orders/"))
                .body("status", equalTo("APPLIED"))
                .body("applicantAgency", equalTo("gmp"))
                .body("type", equalTo("STPO"))
                .body("prohibitions", hasSize(1))
                .body("prohibitions[0].id", notNullValue())
                .body("madeOn", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void letsGlaaApplyForStpo() {
        apply(Persona.GLAA_SYSTEM, application("STPO")).then().statusCode(201).body("applicantAgency", equalTo("glaa"));
    }

    @Test
    void refusesStroApplicationFromGlaa() {
        apply(Persona.GLAA_SYSTEM, application("STRO"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("APPLICANT_NOT_PERMITTED"));
    }

    @Test
    void letsImmigrationEnforcementApplyForStro() {
        apply(Persona.IMMIGRATION_SYSTEM, application("STRO")).then().statusCode(201)
                .body("applicantAgency", equalTo("immigration-enforcement"));
    }

    @Test
    void needsConvictionReferenceForStpoOnConviction() {
        var body = application("STPO");
        body.put("route", "ON_CONVICTION");
        apply(Persona.ORDER_MANAGER, body).then().statusCode(400)
                .body("errors[0].field", equalTo("convictionReference"));
        body.put("convictionReference", "CONV-2026-0042");
        apply(Persona.ORDER_MANAGER, body).then().statusCode(201).body("convictionReference", equalTo("CONV-2026-0042"));
    }

    @Test
    void refusesStroOnConviction() {
        var body = application("STRO");
        body.put("route", "ON_CONVICTION");
        body.put("convictionReference", "CONV-2026-0043");
        apply(Persona.ORDER_MANAGER, body).then().statusCode(409).body("code", equalTo("ROUTE_NOT_PERMITTED"));
    }

    @Test
    void rejectsBodySettingTheApplicantAgency() {
        var body = application("STPO");
        body.put("applicantAgency", "glaa");
        apply(Persona.ORDER_MANAGER, body).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsApplicationWithoutProhibitionsOrSubject() {
        var body = application("STPO");
        body.remove("subject");
        body.put("prohibitions", java.util.List.of());
        apply(Persona.ORDER_MANAGER, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems(containsString("subject"), containsString("prohibitions")));
    }

    @Test
    void rejectsInterimOrderWithoutItsFullApplication() {
        var body = application("STPO", prohibition("CONTACT", null));
        body.put("interim", true);
        apply(Persona.ORDER_MANAGER, body).then().statusCode(400).body("errors[0].field", equalTo("interimFor"));
    }

    @Test
    void refusesInterimOrderUnderAnotherAgencysApplication() {
        String full = org.mscu.orders.support.Orders.applied(Persona.ORDER_MANAGER, application("STPO"));
        var body = application("STPO");
        body.put("interim", true);
        body.put("interimFor", full);
        apply(Persona.GLAA_SYSTEM, body).then().statusCode(400).body("errors[0].field", equalTo("interimFor"));
    }

    @Test
    void answersNotFoundForAnUnknownOrder() {
        Api.get(Persona.COORDINATOR, "/api/v1/orders/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rejectsMissingToken() {
        io.restassured.RestAssured.given().get("/api/v1/orders/" + UUID.randomUUID())
                .then().statusCode(401);
    }
}
