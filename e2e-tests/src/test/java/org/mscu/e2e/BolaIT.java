package org.mscu.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mscu.platform.policy.PolicyEngine;

/**
 * Broken-object-level-authorisation probes through the gateway with real tokens, beyond the access
 * matrix (which already sends every identity to records of other agencies): guessed ids on every
 * record endpoint, ids of one record in the path of another, search filters naming another agency's
 * references, links to referrals the caller may not know, and an idempotency key replayed across
 * users of one client. The answer is always 404 (or an empty list), never data.
 */
class BolaIT {

    private static final String REFERRALS = "/api/v1/referrals";

    /** Every GET endpoint whose path names records, with an identity the policy lets use it. */
    static Stream<Object[]> recordEndpointsAndPermittedReaders() {
        List<Object[]> cases = new ArrayList<>();
        List<RealmIdentity> identities = RealmIdentity.all();
        for (DeclaredEndpoints.Endpoint endpoint : ApiCatalog.endpoints()) {
            if (!endpoint.method().equals("GET") || !endpoint.template().contains("{")) {
                continue;
            }
            PolicyEngine engine = Policies.of(endpoint.service());
            identities.stream()
                    .filter(identity -> identity.audiences().contains(endpoint.service().audience()))
                    .filter(identity -> engine.permits(identity.caller(), endpoint.resource(), endpoint.action()))
                    .forEach(identity -> cases.add(new Object[] {endpoint.key(), identity}));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("recordEndpointsAndPermittedReaders")
    void guessedIdsAreUnknownRecords(String endpoint, RealmIdentity identity) {
        String template = endpoint.substring("GET ".length());
        for (String guess : List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
            String path = template.replaceAll("\\{[^}]+}", guess);
            Response response = Calls.send(identity.bearer(), "GET", Subject.at(path));
            Problems.assertProblem(response.then(), 404);
        }
    }

    @Test
    void aBreachIsUnknownUnderAnotherOrdersPath() {
        Fixture visible = OrderScenarios.granted(Persona.GLAA_SYSTEM, false);
        Fixture other = OrderScenarios.granted(Persona.ORDER_MANAGER, false);
        String breach = Fixtures.post(People.bearer(People.PROBATION_OFFICER), "/api/v1/orders/" + other.id() + "/breaches",
                Map.of("occurredOn", Fixtures.today().toString(), "description", "Fictional breach"), 201).getString("id");
        Fixtures.post(Tokens.bearer(Persona.ORDER_MANAGER), "/api/v1/orders/" + other.id() + "/discharge",
                Map.of("dischargedOn", Fixtures.today().toString(), "reason", "Fictional: discharged"), 200);

        // The GLAA may read breaches of its own order, and of gmp's order only while it was in force.
        Problems.assertProblem(Gateway.as(Persona.GLAA_SYSTEM).get("/api/v1/orders/" + visible.id() + "/breaches/" + breach).then(), 404);
        Problems.assertProblem(Gateway.as(Persona.GLAA_SYSTEM).get("/api/v1/orders/" + other.id() + "/breaches/" + breach).then(), 404);
        Gateway.as(Persona.ORDER_MANAGER).get("/api/v1/orders/" + other.id() + "/breaches/" + breach).then().statusCode(200);
    }

    @Test
    void aShareIsRevokedOnlyOnTheReferralItBelongsTo() {
        Fixture shared = ReferralScenarios.sharedByACharity();
        Fixture unshared = ReferralScenarios.sharedByACharity();
        Gateway.as(Persona.COORDINATOR).delete(REFERRALS + "/" + unshared.id() + "/shares/dwp").then().statusCode(204);

        Problems.assertProblem(Gateway.as(Persona.COORDINATOR).delete(REFERRALS + "/" + unshared.id() + "/shares/dwp").then(), 404);
        Gateway.as(Persona.DWP_SYSTEM).get(REFERRALS + "/" + shared.id()).then().statusCode(200);
    }

    @Test
    void searchingByAnotherAgencysCrimeOrNrmReferenceFindsNothing() {
        Fixture referral = ReferralScenarios.sharedByACharity();
        String crimeReference = "CRI/BOLA/" + Gateway.unique();
        String nrmReference = "NRM-BOLA-" + Gateway.unique();
        Gateway.as(Persona.COORDINATOR).body(Map.of("crimeReference", crimeReference)).post(REFERRALS + "/" + referral.id() + "/crime-record")
                .then().statusCode(200);
        Gateway.as(Persona.COORDINATOR).body(Map.of("action", "SUBMIT", "nrmReference", nrmReference)).post(REFERRALS + "/" + referral.id() + "/nrm")
                .then().statusCode(200);

        for (Persona outsider : List.of(Persona.GLAA_SYSTEM, Persona.IMMIGRATION_SYSTEM)) {
            Gateway.as(outsider).queryParam("crimeReference", crimeReference).get(REFERRALS).then().statusCode(200).body("items.size()", equalTo(0));
            Gateway.as(outsider).queryParam("nrmReference", nrmReference).get(REFERRALS).then().statusCode(200).body("items.size()", equalTo(0));
        }
        Gateway.as(Persona.DWP_SYSTEM).queryParam("crimeReference", crimeReference).get(REFERRALS)
                .then().statusCode(200).body("items.id", equalTo(List.of(referral.id())));
    }

    @Test
    void linksShowNoReferralTheCallerMayNotKnowAndCountNone() {
        String phone = "+447700900" + String.format("%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        String charity = createWithPhone(Persona.CHARITY_HOTLINE, phone);
        String glaa = createWithPhone(Persona.GLAA_SYSTEM, phone);
        Gateway.as(Persona.COORDINATOR).body(Map.of("agency", "dwp", "level", "FULL", "purpose", "Fictional safeguarding",
                "legalBasis", "Crime and Disorder Act 1998 s.115")).post(REFERRALS + "/" + charity + "/shares").then().statusCode(201);

        Gateway.as(Persona.COORDINATOR).get(REFERRALS + "/" + charity + "/links").then().statusCode(200).body("referralId", hasItem(glaa));
        String seenByDwp = Gateway.as(Persona.DWP_SYSTEM).get(REFERRALS + "/" + charity + "/links").then().statusCode(200)
                .body("referralId", not(hasItem(glaa))).extract().asString();
        String glaaReference = Gateway.as(Persona.GLAA_SYSTEM).get(REFERRALS + "/" + glaa).then().statusCode(200).extract().path("reference");
        assertFalse(seenByDwp.contains(glaa) || seenByDwp.contains(glaaReference), "the links answer names the GLAA's referral: " + seenByDwp);
    }

    @Test
    void anIdempotencyKeyOfOneUserNeverReplaysItsAnswerToAnotherUserOfTheSameClient() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralScenarios.body(Fixtures.uniquePastInstant(), Gateway.unique());
        Response first = Gateway.as(Persona.COORDINATOR).header("Idempotency-Key", key).body(body).post(REFERRALS);
        first.then().statusCode(201).body("referringAgency", equalTo("gmp"));

        // dwp.referrer logs in through the same public client (mscu-cli) and happens to send the same key and body.
        Response second = Gateway.as("dwp.referrer").header("Idempotency-Key", key).body(body).post(REFERRALS);

        assertNotEquals("true", second.header("Idempotency-Replayed"), "a gmp user's stored answer was replayed to a dwp user: "
                + second.asString());
        assertFalse(second.asString().contains(first.jsonPath().getString("id")), "the answer names the other agency's record");
        if (second.statusCode() == 201) {
            assertEquals("dwp", second.jsonPath().getString("referringAgency"));
        }
    }

    private static String createWithPhone(Persona partner, String phone) {
        Map<String, Object> body = ReferralScenarios.body(Instant.now().minusSeconds(7200), Gateway.unique());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = new java.util.HashMap<>((Map<String, Object>) body.get("potentialVictim"));
        person.put("contactPhone", phone);
        body.put("potentialVictim", person);
        return Gateway.as(partner).body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
    }
}
