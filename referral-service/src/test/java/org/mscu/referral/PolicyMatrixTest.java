package org.mscu.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mscu.referral.support.Api.as;
import static org.mscu.referral.support.Api.createdId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.PolicyWalker;
import org.mscu.referral.support.ReferralBodies;

/**
 * Walks every rule of policy.yaml with the seeded personas: each granted (rule, action, persona) works
 * on a record with the rule's relationship and returns the rule's fields; a rule that needs a relationship
 * answers 404 on a record without it; every persona whose role lacks a function gets 403.
 */
@QuarkusTest
class PolicyMatrixTest {

    private static final String RESOURCE = "referral";
    private final PolicyWalker walker = PolicyWalker.fromClasspath();

    /** A referral of another agency (gmp) that nobody shared. */
    private static String foreignReferral() {
        return createdId(Persona.COORDINATOR, ReferralBodies.child().build());
    }

    private static String referralFor(Persona persona, String relationship) {
        return switch (relationship) {
            case "any" -> createdId(Persona.CHARITY_HOTLINE, ReferralBodies.child().build());
            case "own" -> createdId(persona, ReferralBodies.child().build());
            case "accepted" -> {
                // everything the intake field set must hide is filled in
                String id = createdId(Persona.COORDINATOR, ReferralBodies.child().person("contactPhone", ReferralBodies.phone())
                        .postcode("M1 1AA").suspect("Fictional Suspect", ReferralBodies.phone(), null).build());
                as(Persona.COORDINATOR).body(Map.of("decision", "ACCEPT")).post("/api/v1/referrals/" + id + "/triage")
                        .then().statusCode(200);
                yield id;
            }
            case "shared-full", "shared-summary" -> {
                String id = foreignReferral();
                as(Persona.COORDINATOR).body(Map.of("agency", persona.agency(),
                                "level", relationship.equals("shared-full") ? "FULL" : "SUMMARY",
                                "purpose", "policy walk", "legalBasis", "Crime and Disorder Act 1998 s.115"))
                        .post("/api/v1/referrals/" + id + "/shares").then().statusCode(201);
                yield id;
            }
            default -> throw new IllegalArgumentException(relationship);
        };
    }

    private static Response call(Persona persona, String action, String id) {
        return switch (action) {
            case "create" -> as(persona).body(ReferralBodies.child().build()).post("/api/v1/referrals");
            case "read" -> as(persona).get("/api/v1/referrals/" + id);
            case "list" -> as(persona).queryParam("limit", 200).get("/api/v1/referrals");
            case "triage" -> as(persona).body(Map.of("decision", "ACCEPT")).post("/api/v1/referrals/" + id + "/triage");
            case "nrm" -> as(persona).body(Map.of("action", "SUBMIT")).post("/api/v1/referrals/" + id + "/nrm");
            case "crime-record" -> as(persona).body(Map.of("crimeReference", "W-" + UUID.randomUUID()))
                    .post("/api/v1/referrals/" + id + "/crime-record");
            case "no-crime" -> as(persona).body(Map.of("reason", "policy walk"))
                    .post("/api/v1/referrals/" + id + "/no-crime-decision");
            case "share" -> as(persona).body(Map.of("agency", "probation-service", "level", "SUMMARY", "purpose", "walk",
                    "legalBasis", "Crime and Disorder Act 1998 s.115")).post("/api/v1/referrals/" + id + "/shares");
            case "history" -> as(persona).get("/api/v1/referrals/" + id + "/history");
            case "links" -> as(persona).get("/api/v1/referrals/" + id + "/links");
            case "networks" -> as(persona).get("/api/v1/networks");
            case "compliance" -> as(persona).queryParam("from", Instant.now().minus(1, ChronoUnit.DAYS).toString())
                    .queryParam("to", Instant.now().plus(1, ChronoUnit.DAYS).toString()).get("/api/v1/compliance/crime-recording");
            default -> throw new IllegalArgumentException("no call for action " + action);
        };
    }

    private static List<String> actions() {
        return List.of("create", "read", "list", "triage", "nrm", "crime-record", "no-crime", "share", "history", "links",
                "networks", "compliance");
    }

    @Test
    void everyDeclaredActionHasACall() {
        assertThat(walker.document().resources().get(RESOURCE)).containsExactlyInAnyOrderElementsOf(actions());
        assertThat(walker.rulesWithoutPersona()).isEmpty();
    }

    @Test
    void everyGrantWorksOnARecordWithItsRelationship() {
        for (PolicyWalker.Walk walk : walker.grants()) {
            if (!walk.resource().equals(RESOURCE)) {
                continue;
            }
            String id = referralFor(walk.persona(), walk.relationship());
            Response response = call(walk.persona(), walk.action(), id);
            assertThat(response.statusCode()).as(walk + ": " + response.asString()).isBetween(200, 201);
            if (walk.action().equals("read")) {
                checkFields(walk, response);
            }
            if (walk.action().equals("list") && !walk.relationship().equals("any")) {
                assertThat(response.jsonPath().getList("items.id", String.class)).as(walk.toString()).contains(id);
            }
        }
    }

    private static void checkFields(PolicyWalker.Walk walk, Response response) {
        boolean summary = "summary".equals(walk.fields());
        boolean intake = "victim-intake".equals(walk.fields());
        assertEquals(summary ? null : "Testa", response.path("potentialVictim.givenName"), walk + " names");
        boolean narrativeHidden = summary || intake || "no-narrative".equals(walk.fields());
        assertEquals(narrativeHidden ? null : "Fictional narrative for tests.", response.path("narrative"), walk + " narrative");
        if (intake) {
            // what victim-service records, and nothing else of the person or the case
            assertThat(response.path("potentialVictim.dateOfBirth").toString()).as(walk + " date of birth").isNotEmpty();
            assertThat((Object) response.path("potentialVictim.contactPhone")).as(walk + " phone").isNull();
            assertThat((Object) response.path("location.address")).as(walk + " address").isNull();
            assertThat((Object) response.path("location.postcode")).as(walk + " postcode").isNull();
            assertThat((Object) response.path("suspects")).as(walk + " suspects").isNull();
        }
    }

    @Test
    void everyRuleNeedingARelationshipAnswersNotFoundWithoutIt() {
        String foreign = foreignReferral();
        for (PolicyWalker.Walk walk : walker.grants()) {
            if (!walk.resource().equals(RESOURCE) || walk.relationship().equals("any")) {
                continue;
            }
            boolean hasAnyRule = walker.grants().stream().anyMatch(w -> w.persona() == walk.persona()
                    && w.action().equals(walk.action()) && w.relationship().equals("any"));
            if (hasAnyRule) {
                continue;
            }
            Response response = call(walk.persona(), walk.action(), foreign);
            if (walk.action().equals("list")) {
                assertThat(response.jsonPath().getList("items.id", String.class)).as(walk.toString()).doesNotContain(foreign);
            } else {
                assertThat(response.statusCode()).as(walk + ": " + response.asString()).isEqualTo(404);
            }
        }
    }

    @Test
    void everyPersonaWithoutTheFunctionIsForbidden() {
        String id = foreignReferral();
        for (String action : actions()) {
            for (Persona persona : walker.refused(RESOURCE, action)) {
                Response response = call(persona, action, id);
                assertThat(response.statusCode()).as(persona + " " + action).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }
}
