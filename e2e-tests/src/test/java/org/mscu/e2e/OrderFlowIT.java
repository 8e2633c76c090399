package org.mscu.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #6 end to end, through the gateway with real Keycloak tokens: an order manager applies for
 * and obtains an STPO, probation records a breach of it; the applicant rules for partner systems; a
 * vulnerability lead pursues a Risk Order opportunity into a draft STRO; a partner without the
 * orders-service audience is turned away.
 */
class OrderFlowIT {

    private static final String ORDERS = "/api/v1/orders";
    private static final String OPPORTUNITIES = "/api/v1/order-opportunities";

    @Test
    void orderManagerObtainsAnStpoAndProbationRecordsABreachOfIt() {
        String order = apply(Persona.ORDER_MANAGER, "STPO")
                .statusCode(201)
                .body("status", equalTo("APPLIED"))
                .body("applicantAgency", equalTo("gmp"))
                .extract().path("id");

        Map<String, Object> decision = new HashMap<>();
        decision.put("outcome", "GRANTED");
        decision.put("madeOn", today().toString());
        Gateway.as(Persona.ORDER_MANAGER).body(decision).post(ORDERS + "/" + order + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("madeOn", equalTo(today().toString()));

        String breach = Gateway.as(People.PROBATION_OFFICER)
                .body(Map.of("occurredOn", today().toString(), "description", "Fictional contact with a named person"))
                .post(ORDERS + "/" + order + "/breaches")
                .then().statusCode(201)
                .body("orderId", equalTo(order))
                .body("reportedByAgency", equalTo("probation-service"))
                .extract().path("id");
        Gateway.as(Persona.ORDER_MANAGER).get(ORDERS + "/" + order + "/breaches")
                .then().statusCode(200).body("items.id", hasItem(breach));
    }

    @Test
    void glaaMayApplyForAnStpoButNotForAnStro() {
        apply(Persona.GLAA_SYSTEM, "STPO").statusCode(201).body("applicantAgency", equalTo("glaa"));

        ValidatableResponse refused = apply(Persona.GLAA_SYSTEM, "STRO");
        Problems.assertProblem(refused, 409);
        refused.body("code", equalTo("APPLICANT_NOT_PERMITTED"));
    }

    @Test
    void immigrationEnforcementMayApplyForAnStro() {
        apply(Persona.IMMIGRATION_SYSTEM, "STRO").statusCode(201)
                .body("type", equalTo("STRO"))
                .body("status", equalTo("APPLIED"))
                .body("applicantAgency", equalTo("immigration-enforcement"));
    }

    @Test
    void vulnerabilityLeadPursuesAnOpportunityIntoADraftRiskOrder() {
        String referral = UUID.randomUUID().toString();
        String opportunity = Gateway.as(People.VULNERABILITY_LEAD)
                .body(Map.of("referralId", referral, "reason", "INVESTIGATION_NOT_PURSUED",
                        "notes", "Fictional: the investigation is not pursued"))
                .post(OPPORTUNITIES)
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("referralId", equalTo(referral))
                .extract().path("id");

        String draft = Gateway.as(People.VULNERABILITY_LEAD)
                .body(Map.of("decision", "PURSUE", "rationale", "Fictional: a risk order would protect others"))
                .post(OPPORTUNITIES + "/" + opportunity + "/assessment")
                .then().statusCode(200)
                .body("status", equalTo("PURSUED"))
                .body("decision", equalTo("PURSUE"))
                .body("orderId", notNullValue())
                .extract().path("orderId");

        Gateway.as(People.VULNERABILITY_LEAD).get(ORDERS + "/" + draft)
                .then().statusCode(200)
                .body("type", equalTo("STRO"))
                .body("status", equalTo("DRAFT"))
                .body("opportunityId", equalTo(opportunity))
                .body("linkedReferralIds", hasItem(referral));
    }

    @Test
    void partnerWithoutTheOrdersAudienceIsTurnedAwayThroughTheGateway() {
        String order = apply(Persona.ORDER_MANAGER, "STPO").statusCode(201).extract().path("id");

        // charity-hotline's token names only referral-service as audience: the gateway passes the genuine
        // token on, orders-service rejects it for lacking its audience (401 with a Bearer challenge)
        // before its policy (which would answer 403 to stop-the-traffik) is ever consulted.
        Problems.assertUnauthorized(Gateway.as(Persona.CHARITY_HOTLINE).get(ORDERS + "/" + order).then());
        Problems.assertUnauthorized(Gateway.as(Persona.CHARITY_HOTLINE).get(ORDERS).then());
        Problems.assertUnauthorized(Gateway.as(Persona.CHARITY_HOTLINE).body(application("STPO")).post(ORDERS).then());
    }

    private static ValidatableResponse apply(Persona applicant, String type) {
        return Gateway.as(applicant).body(application(type)).post(ORDERS).then();
    }

    private static Map<String, Object> application(String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("route", "ON_APPLICATION");
        body.put("interim", false);
        body.put("subject", Map.of("name", "Testperson " + Gateway.unique(), "dateOfBirth", "1980-05-17"));
        body.put("court", "Manchester and Salford Magistrates' Court");
        body.put("prohibitions", List.of(Map.of("category", "CONTACT", "description", "Fictional contact prohibition")));
        body.put("linkedReferralIds", List.of(UUID.randomUUID().toString()));
        return body;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
