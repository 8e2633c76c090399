package org.mscu.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue #5 end to end, through the gateway with real Keycloak tokens: the coordinator puts liaison
 * officers on the roster, records a victim, ranks candidates and assigns {@code vlo.one}; only the
 * assigned officer, coordinators and tactical advisors see the victim; the tactical advisor reads the
 * rota; a partner system without the victim-service audience is turned away.
 */
class VictimFlowIT {

    private static final String ROSTER = "/api/v1/liaison-officers";
    private static final String VICTIMS = "/api/v1/victims";
    private static final String ROTA = "/api/v1/tactical-advisors";

    @Test
    void coordinatorAssignsTheBestMatchingOfficerWhoAloneOfTheOfficersSeesTheVictim() {
        String vloOne = onTheRoster(People.VLO_ONE, "FEMALE");
        onTheRoster(People.VLO_TWO, "MALE");
        String victim = createVictim();

        Gateway.as(Persona.COORDINATOR).get(VICTIMS + "/" + victim + "/liaison-candidates")
                .then().statusCode(200)
                .body("officerId", hasItem(vloOne))
                .body("find { it.officerId == '" + vloOne + "' }.reasons.size()", greaterThan(0))
                .body("find { it.officerId == '" + vloOne + "' }.score", notNullValue());

        Gateway.as(Persona.COORDINATOR).body(Map.of("officerId", vloOne, "reason", "speaks the victim's language"))
                .post(VICTIMS + "/" + victim + "/liaison")
                .then().statusCode(201)
                .body("victimId", equalTo(victim))
                .body("officerId", equalTo(vloOne))
                .body("current", equalTo(true));

        Gateway.as(People.VLO_ONE).get(VICTIMS + "/" + victim)
                .then().statusCode(200)
                .body("id", equalTo(victim))
                .body("liaison.username", equalTo(People.VLO_ONE))
                .body("givenName", equalTo("Testa"));
        Problems.assertProblem(Gateway.as(People.VLO_TWO).get(VICTIMS + "/" + victim).then(), 404);
        Gateway.as(People.TACTICAL_ADVISOR).get(VICTIMS + "/" + victim)
                .then().statusCode(200).body("liaison.officerId", equalTo(vloOne));
    }

    @Test
    void tacticalAdvisorSeesWhoIsOnCallAndTheExactGapsOfTheRota() {
        String suffix = Gateway.unique();
        String advisor = Gateway.as(Persona.COORDINATOR)
                .body(Map.of("username", "e2e.advisor." + suffix, "name", "Advisor " + suffix, "phone", "+447700900123"))
                .post(ROTA)
                .then().statusCode(201).extract().path("id");
        // A window far in the future at a random hour, which no other run's shift is likely to touch.
        Instant window = Instant.parse("2040-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextInt(0, 3650 * 24), ChronoUnit.HOURS);
        Instant shiftStart = window.plus(2, ChronoUnit.HOURS);
        Instant shiftEnd = window.plus(4, ChronoUnit.HOURS);
        Gateway.as(Persona.COORDINATOR)
                .body(Map.of("advisorId", advisor, "start", shiftStart.toString(), "end", shiftEnd.toString()))
                .post(ROTA + "/shifts")
                .then().statusCode(201);

        Gateway.as(People.TACTICAL_ADVISOR).queryParam("at", window.plus(3, ChronoUnit.HOURS).toString())
                .get(ROTA + "/on-call")
                .then().statusCode(200)
                .body("advisors.advisorId", hasItem(advisor))
                .body("advisors.find { it.advisorId == '" + advisor + "' }.until", notNullValue());
        JsonPath coverage = Gateway.as(People.TACTICAL_ADVISOR)
                .queryParam("from", window.toString())
                .queryParam("to", window.plus(6, ChronoUnit.HOURS).toString())
                .get(ROTA + "/coverage")
                .then().statusCode(200)
                .body("covered", equalTo(false))
                .extract().jsonPath();
        assertEquals(2, coverage.getList("gaps").size(), coverage.prettify());
        assertEquals(window, Instant.parse(coverage.getString("gaps[0].from")));
        assertEquals(shiftStart, Instant.parse(coverage.getString("gaps[0].to")));
        assertEquals(shiftEnd, Instant.parse(coverage.getString("gaps[1].from")));
        assertEquals(window.plus(6, ChronoUnit.HOURS),
                Instant.parse(coverage.getString("gaps[1].to")));
    }

    @Test
    void partnerSystemWithoutTheVictimServiceAudienceIsTurnedAwayThroughTheGateway() {
        String victim = createVictim();

        // charity-hotline's token names only referral-service as audience. The gateway checks the
        // issuer, signature and expiry (the token is genuine) and passes it on unchanged; victim-service
        // checks its own audience and answers 401 with a Bearer challenge, which the gateway relays.
        Problems.assertUnauthorized(Gateway.as(Persona.CHARITY_HOTLINE).get(VICTIMS + "/" + victim).then());
        Problems.assertUnauthorized(Gateway.as(Persona.CHARITY_HOTLINE).get(VICTIMS).then());
    }

    /** The roster id of the officer with this username: put on the roster, or made active with room. */
    private static String onTheRoster(String username, String gender) {
        JsonPath found = Gateway.as(Persona.COORDINATOR).queryParam("username", username).get(ROSTER)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = new HashMap<>();
        entry.put("name", "Officer " + username);
        entry.put("agency", "gmp");
        entry.put("gender", gender);
        entry.put("languages", List.of("en", "ro"));
        entry.put("districts", List.of("Manchester"));
        entry.put("specialisms", List.of("LABOUR"));
        entry.put("active", true);
        List<Object> items = found.getList("items");
        if (items.isEmpty()) {
            entry.put("username", username);
            entry.put("maxCaseload", 100);
            return Gateway.as(Persona.COORDINATOR).body(entry).post(ROSTER)
                    .then().statusCode(201)
                    .body("username", equalTo(username))
                    .body("caseload", equalTo(0))
                    .extract().path("id");
        }
        // Earlier runs put the officer on the roster already (usernames are unique there).
        String id = found.getString("items[0].id");
        entry.put("maxCaseload", 100);
        Gateway.as(Persona.COORDINATOR).body(entry).put(ROSTER + "/" + id)
                .then().statusCode(200).body("username", equalTo(username)).body("active", equalTo(true));
        return id;
    }

    private static String createVictim() {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Testa");
        body.put("familyName", "Fictional " + Gateway.unique());
        body.put("dateOfBirth", "1990-04-02");
        body.put("gender", "FEMALE");
        body.put("languages", List.of("ro"));
        body.put("district", "Manchester");
        body.put("needs", Map.of("officerGenderPreference", "FEMALE", "specialisms", List.of("LABOUR")));
        return Gateway.as(Persona.COORDINATOR).body(body).post(VICTIMS)
                .then().statusCode(201).body("child", equalTo(false)).extract().path("id");
    }
}
