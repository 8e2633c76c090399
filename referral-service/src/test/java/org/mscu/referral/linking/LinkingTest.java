package org.mscu.referral.linking;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.referral.support.ReferralBodies;

@QuarkusTest
class LinkingTest {

    private static String vehicle() {
        return "LN" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 2) + " "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().substring(0, 3);
    }

    @Test
    void linksReferralsFromDifferentAgenciesByPhoneWrittenDifferently() {
        String national = ReferralBodies.phone();
        String international = "+44 " + national.substring(1);
        String a = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().suspect("Fictional One", national, null).build());
        String b = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().person("contactPhone", international).build());
        String unrelated = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().person("contactPhone", ReferralBodies.phone()).build());

        as(Persona.COORDINATOR).get("/api/v1/referrals/" + a + "/links").then().statusCode(200)
                .body("referralId", equalTo(List.of(b)))
                .body("[0].matchedOn", equalTo(List.of("PHONE")))
                .body("[0].reference", org.hamcrest.Matchers.startsWith("MSR-"));
        as(Persona.TACTICAL_ADVISOR).get("/api/v1/referrals/" + unrelated + "/links").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void namesEveryKindOfIdentifierThatMatched() {
        String reg = vehicle();
        String name = "Ștefan Fictionescu-" + UUID.randomUUID().toString().substring(0, 4);
        String a = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().suspect(name, null, reg).build());
        String b = createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult()
                .suspect(name.toUpperCase().replace("Ș", "S"), null, reg.toLowerCase().replace(" ", "")).build());
        as(Persona.COORDINATOR).get("/api/v1/referrals/" + b + "/links").then().statusCode(200)
                .body("referralId", equalTo(List.of(a)))
                .body("[0].matchedOn", containsInAnyOrder("SUSPECT_NAME", "VEHICLE_REGISTRATION"));
    }

    @Test
    void groupsLinkedReferralsIntoNetworks() {
        String phone = ReferralBodies.phone();
        String postcode = "M" + (10 + new java.util.Random().nextInt(80)) + " " + (1 + new java.util.Random().nextInt(9)) + "ZZ";
        String a = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", phone).build());
        String b = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().person("contactPhone", phone).postcode(postcode).build());
        String c = createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().postcode(postcode.toLowerCase()).build());

        List<Map<String, Object>> networks = as(Persona.COORDINATOR).queryParam("minSize", 3).get("/api/v1/networks")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> network = networks.stream()
                .filter(n -> ((List<?>) n.get("referrals")).stream().anyMatch(m -> a.equals(((Map<?, ?>) m).get("referralId"))))
                .findFirst().orElseThrow();
        List<?> ids = ((List<?>) network.get("referrals")).stream().map(m -> ((Map<?, ?>) m).get("referralId")).toList();
        assertTrue(ids.containsAll(List.of(a, b, c)), "a-b by phone, b-c by postcode");
        assertEquals(ids.size(), network.get("size"));
        assertTrue(((List<?>) network.get("linkedBy")).containsAll(List.of("PHONE", "POSTCODE")));
    }

    @Test
    void refusesNetworksSmallerThanTwo() {
        as(Persona.COORDINATOR).queryParam("minSize", 1).get("/api/v1/networks").then().statusCode(400)
                .body("errors.field", hasItem("minSize"));
        as(Persona.COORDINATOR).queryParam("minSize", "many").get("/api/v1/networks").then().statusCode(400);
    }

    @Test
    void refusesLinksToRegistrarAndAuditorAndNetworksToAllButCoordinators() {
        String id = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().build());
        for (Persona p : new Persona[] {Persona.REGISTRAR, Persona.AUDITOR}) {
            as(p).get("/api/v1/referrals/" + id + "/links").then().statusCode(403);
        }
        for (Persona p : new Persona[] {Persona.CHARITY_HOTLINE, Persona.REGISTRAR, Persona.AUDITOR, Persona.DWP_REFERRER,
                Persona.TACTICAL_ADVISOR}) {
            as(p).get("/api/v1/networks").then().statusCode(403);
        }
    }

    @Test
    void showsAPartnerOnlyTheLinkedReferralsOfThreeAgenciesItMaySee() {
        String phone = ReferralBodies.phone();
        String hotline = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", phone).build());
        String council = createdId(Persona.LA_CASE_SYSTEM, ReferralBodies.adult().person("contactPhone", phone).build());
        String dwp = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().suspect("Fictional Three", phone, null).build());
        share(council, "stop-the-traffik", "FULL");

        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + hotline + "/links").then().statusCode(200)
                .body("referralId", equalTo(List.of(council)))
                .body("[0].matchedOn", equalTo(List.of("PHONE")));
        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + council + "/links").then().statusCode(200)
                .body("referralId", equalTo(List.of(hotline)));
        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + dwp + "/links").then().statusCode(404);
        as(Persona.LA_CASE_SYSTEM).get("/api/v1/referrals/" + council + "/links").then().statusCode(200)
                .body("size()", equalTo(0));
        as(Persona.DWP_SYSTEM).get("/api/v1/referrals/" + dwp + "/links").then().statusCode(200)
                .body("size()", equalTo(0));
        as(Persona.COORDINATOR).get("/api/v1/referrals/" + hotline + "/links").then().statusCode(200)
                .body("referralId", containsInAnyOrder(council, dwp));

        List<Map<String, Object>> partnerCombinations = combinations(hotline, "stop-the-traffik");
        assertEquals(1, partnerCombinations.size(), partnerCombinations.toString());
        assertEquals("partner-links-own", partnerCombinations.get(0).get("justification"));
        assertEquals("linked to 1 referrals", partnerCombinations.get(0).get("detail"), "the invisible referral is not counted");
        assertEquals("linked to 2 referrals", combinations(hotline, "gmp").get(0).get("detail"));

        as(Persona.COORDINATOR).delete("/api/v1/referrals/" + council + "/shares/stop-the-traffik").then().statusCode(204);
        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + hotline + "/links").then().statusCode(200)
                .body("size()", equalTo(0));
        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + council + "/links").then().statusCode(404);
    }

    @Test
    void neverShowsAPartnerALinkThroughAReferralSharedWithItOnlyInSummary() {
        String phone = ReferralBodies.phone();
        String own = createdId(Persona.CHARITY_HOTLINE, ReferralBodies.adult().person("contactPhone", phone).build());
        String summary = createdId(Persona.DWP_SYSTEM, ReferralBodies.adult().person("contactPhone", phone).build());
        share(summary, "stop-the-traffik", "SUMMARY");

        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + summary).then().statusCode(200)
                .body("potentialVictim.contactPhone", nullValue());
        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + own + "/links").then().statusCode(200)
                .body("size()", equalTo(0));
        as(Persona.CHARITY_HOTLINE).get("/api/v1/referrals/" + summary + "/links").then().statusCode(404);
        as(Persona.COORDINATOR).get("/api/v1/referrals/" + own + "/links").then().statusCode(200)
                .body("referralId", hasItem(summary));
    }

    private static void share(String id, String agency, String level) {
        as(Persona.COORDINATOR).body(Map.of("agency", agency, "level", level, "purpose", "Fictional safeguarding strategy",
                "legalBasis", "Crime and Disorder Act 1998 s.115")).post("/api/v1/referrals/" + id + "/shares").then().statusCode(201);
    }

    private static List<Map<String, Object>> combinations(String id, String agency) {
        return as(Persona.AUDITOR).queryParam("resourceId", id).queryParam("limit", 200).get("/api/v1/audit/referrals")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.operation == 'COMBINATION' && it.agency == '" + agency + "' }");
    }
}
