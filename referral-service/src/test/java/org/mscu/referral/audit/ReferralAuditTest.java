package org.mscu.referral.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.mscu.referral.support.Api.action;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

/** DPA 2018 s.62: collection, consultation, alteration, combination and disclosure of a referral are logged. */
@QuarkusTest
class ReferralAuditTest {

    private static JsonPath entries(String id) {
        return as(Persona.AUDITOR).queryParam("resourceId", id).queryParam("limit", 200).get("/api/v1/audit/referrals")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> only(JsonPath log, String operation) {
        List<Map<String, Object>> found = log.getList("items.findAll { it.operation == '" + operation + "' }");
        org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), operation + " entries: " + found);
        return found.get(0);
    }

    @Test
    void logsCollectionWithTheReferringAgencyAndGrantingRule() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        Map<String, Object> entry = only(entries(id), "COLLECTION");
        org.junit.jupiter.api.Assertions.assertEquals("stop-the-traffik", entry.get("agency"));
        org.junit.jupiter.api.Assertions.assertEquals("partner-referrer-creates", entry.get("justification"));
        org.junit.jupiter.api.Assertions.assertEquals("referral", entry.get("resourceType"));
    }

    @Test
    void logsConsultationWithTheStatedPurpose() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        as(Persona.REGISTRAR).header("X-Access-Purpose", "Fictional crime-recording review")
                .get("/api/v1/referrals/" + id).then().statusCode(200);
        Map<String, Object> entry = only(entries(id), "CONSULTATION");
        org.junit.jupiter.api.Assertions.assertEquals("registrar", entry.get("username"));
        org.junit.jupiter.api.Assertions.assertEquals("Fictional crime-recording review", entry.get("justification"));
    }

    @Test
    void logsListedReferralsAsConsulted() {
        String id = createdId(Persona.GLAA_SYSTEM, ReferralBodies.adult().build());
        as(Persona.GLAA_SYSTEM).get("/api/v1/referrals").then().statusCode(200);
        Map<String, Object> entry = only(entries(id), "CONSULTATION");
        org.junit.jupiter.api.Assertions.assertEquals("partner-reads-own", entry.get("justification"));
    }

    @Test
    void logsEveryShareAndRevocationAsADisclosureToTheRecipient() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        as(Persona.COORDINATOR).body(Map.of("agency", "dwp", "level", "SUMMARY", "purpose", "p", "legalBasis", "b"))
                .post("/api/v1/referrals/" + id + "/shares").then().statusCode(201);
        as(Persona.COORDINATOR).delete("/api/v1/referrals/" + id + "/shares/dwp").then().statusCode(204);
        List<Map<String, Object>> disclosures = entries(id).getList("items.findAll { it.operation == 'DISCLOSURE' }");
        org.junit.jupiter.api.Assertions.assertEquals(2, disclosures.size());
        org.junit.jupiter.api.Assertions.assertTrue(disclosures.stream().allMatch(e -> "dwp".equals(e.get("recipientAgency"))));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("share revoked", "shared SUMMARY"),
                disclosures.stream().map(e -> e.get("detail")).toList());
    }

    @Test
    void logsChangesAndLinkingAndKeepsTheChainIntact() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", ReferralBodies.phone()).build());
        action(Persona.COORDINATOR, id, "triage", Map.of("decision", "ACCEPT")).then().statusCode(200);
        as(Persona.COORDINATOR).get("/api/v1/referrals/" + id + "/links").then().statusCode(200);
        JsonPath log = entries(id);
        org.hamcrest.MatcherAssert.assertThat(log.getList("items.operation"), hasItems("COLLECTION", "ALTERATION", "COMBINATION"));
        as(Persona.AUDITOR).get("/api/v1/audit/referrals/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void refusesTheAuditLogToEveryoneButAuditors() {
        for (Persona p : new Persona[] {Persona.COORDINATOR, Persona.REGISTRAR, Persona.CHARITY_HOTLINE}) {
            as(p).get("/api/v1/audit/referrals").then().statusCode(403);
            as(p).get("/api/v1/audit/referrals/verify").then().statusCode(403);
        }
    }
}
