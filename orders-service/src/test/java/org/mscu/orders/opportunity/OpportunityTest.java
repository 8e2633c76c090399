package org.mscu.orders.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.mscu.orders.support.Orders.body;
import static org.mscu.orders.support.Orders.list;
import static org.mscu.orders.support.Orders.prohibition;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.orders.support.Api;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class OpportunityTest {

    private static final String PATH = "/api/v1/order-opportunities";

    @Inject
    OpportunityService opportunities;

    private static String opened(Persona persona, UUID referralId) {
        return Api.post(persona, PATH, body("referralId", referralId.toString(), "reason", "INVESTIGATION_NOT_PURSUED",
                        "notes", "Suspect not charged; exploitation risk remains"))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void opensOpportunityByCoordinator() {
        UUID referral = UUID.randomUUID();
        Api.post(Persona.COORDINATOR, PATH, body("referralId", referral.toString(), "reason", "NO_FURTHER_ACTION"))
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("status", equalTo("OPEN"))
                .body("origin", equalTo("REQUEST"))
                .body("referralId", equalTo(referral.toString()));
    }

    @Test
    void refusesSecondOpportunityForTheSameReferral() {
        UUID referral = UUID.randomUUID();
        opened(Persona.VULNERABILITY_LEAD, referral);
        Api.post(Persona.COORDINATOR, PATH, body("referralId", referral.toString(), "reason", "OTHER"))
                .then().statusCode(409).body("code", equalTo("OPPORTUNITY_EXISTS"));
    }

    @Test
    void opensOpportunityFromReferralEventOncePerReferral() {
        UUID referral = UUID.randomUUID();
        var first = opportunities.openFromReferralNoFurtherAction(referral, "INVESTIGATION_NOT_PURSUED");
        var again = opportunities.openFromReferralNoFurtherAction(referral, "INVESTIGATION_NOT_PURSUED");
        assertThat(first).isPresent();
        assertThat(again).isPresent();
        assertThat(again.get().id()).isEqualTo(first.get().id());
        assertThat(first.get().origin()).isEqualTo(OpportunityOrigin.REFERRAL_EVENT);
        Api.as(Persona.COORDINATOR).queryParam("referralId", referral.toString()).get(PATH)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void ignoresReferralEventsForOtherReasons() {
        UUID referral = UUID.randomUUID();
        assertThat(opportunities.openFromReferralNoFurtherAction(referral, "INSUFFICIENT_INFORMATION")).isEmpty();
        Api.as(Persona.COORDINATOR).queryParam("referralId", referral.toString()).get(PATH)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void pursuingOpensADraftRiskOrderLinkedToTheReferral() {
        UUID referral = UUID.randomUUID();
        String id = opened(Persona.COORDINATOR, referral);
        String orderId = Api.post(Persona.VULNERABILITY_LEAD, PATH + "/" + id + "/assessment",
                        body("decision", "PURSUE", "rationale", "Continuing risk to others"))
                .then().statusCode(200)
                .body("status", equalTo("PURSUED"))
                .body("orderId", notNullValue())
                .extract().path("orderId");
        Api.get(Persona.VULNERABILITY_LEAD, "/api/v1/orders/" + orderId).then().statusCode(200)
                .body("type", equalTo("STRO"))
                .body("status", equalTo("DRAFT"))
                .body("opportunityId", equalTo(id))
                .body("applicantAgency", equalTo("gmp"))
                .body("linkedReferralIds", hasItem(referral.toString()));
        Api.post(Persona.ORDER_MANAGER, "/api/v1/orders/" + orderId + "/submission",
                        body("subject", body("name", "Fictional Subject", "dateOfBirth", "1988-08-08"),
                                "court", "Manchester Magistrates' Court", "prohibitions", list(prohibition("CONTACT", null))))
                .then().statusCode(200).body("status", equalTo("APPLIED"));
    }

    @Test
    void decliningRecordsTheRationale() {
        String id = opened(Persona.VULNERABILITY_LEAD, UUID.randomUUID());
        Api.post(Persona.VULNERABILITY_LEAD, PATH + "/" + id + "/assessment",
                        body("decision", "DECLINE", "rationale", "Risk managed by safeguarding plan"))
                .then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("rationale", equalTo("Risk managed by safeguarding plan"))
                .body("orderId", equalTo(null));
    }

    @Test
    void refusesSecondAssessment() {
        String id = opened(Persona.VULNERABILITY_LEAD, UUID.randomUUID());
        Api.post(Persona.VULNERABILITY_LEAD, PATH + "/" + id + "/assessment", body("decision", "DECLINE", "rationale", "No"))
                .then().statusCode(200);
        Api.post(Persona.VULNERABILITY_LEAD, PATH + "/" + id + "/assessment", body("decision", "PURSUE", "rationale", "Yes"))
                .then().statusCode(409).body("code", equalTo("ALREADY_ASSESSED"));
    }

    @Test
    void refusesAssessmentByCoordinator() {
        String id = opened(Persona.VULNERABILITY_LEAD, UUID.randomUUID());
        Api.post(Persona.COORDINATOR, PATH + "/" + id + "/assessment", body("decision", "DECLINE", "rationale", "No"))
                .then().statusCode(403);
    }

    @Test
    void needsARationale() {
        String id = opened(Persona.VULNERABILITY_LEAD, UUID.randomUUID());
        Api.post(Persona.VULNERABILITY_LEAD, PATH + "/" + id + "/assessment", body("decision", "DECLINE", "rationale", " "))
                .then().statusCode(400).body("errors[0].field", containsString("rationale"));
    }

    @Test
    void rejectsUnknownStatusFilter() {
        Api.as(Persona.COORDINATOR).queryParam("status", "CLOSED").get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
