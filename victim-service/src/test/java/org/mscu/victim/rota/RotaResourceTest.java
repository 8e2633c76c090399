package org.mscu.victim.rota;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;

@QuarkusTest
class RotaResourceTest {

    private static Instant at(Instant base, int hours) {
        return base.plus(Duration.ofHours(hours));
    }

    @Test
    void coordinatorAddsAdvisorAndShift() {
        String advisor = Api.advisor();
        Instant week = Api.freshRotaWeek();
        Api.as(Persona.COORDINATOR).body(Map.of("advisorId", advisor, "start", week.toString(), "end", at(week, 12).toString()))
                .post("/api/v1/tactical-advisors/shifts")
                .then().statusCode(201)
                .body("advisorId", equalTo(advisor))
                .body("start", equalTo(week.toString()))
                .body("end", equalTo(at(week, 12).toString()));
    }

    @Test
    void locationsOfAdvisorAndShiftCanBeRead() {
        String advisorLocation = Api.as(Persona.COORDINATOR)
                .body(Map.of("username", "ta." + Api.randomWord(), "name", "Advisor Two", "phone", "+447700900004"))
                .post("/api/v1/tactical-advisors").then().statusCode(201).extract().header("Location");
        Api.as(Persona.TACTICAL_ADVISOR).get(advisorLocation).then().statusCode(200).body("name", equalTo("Advisor Two"));
        String advisor = advisorLocation.substring(advisorLocation.lastIndexOf('/') + 1);
        Instant week = Api.freshRotaWeek();
        String shiftLocation = Api.as(Persona.COORDINATOR)
                .body(Map.of("advisorId", advisor, "start", week.toString(), "end", at(week, 6).toString()))
                .post("/api/v1/tactical-advisors/shifts").then().statusCode(201).extract().header("Location");
        Api.as(Persona.COORDINATOR).get(shiftLocation).then().statusCode(200).body("end", equalTo(at(week, 6).toString()));
        Api.as(Persona.VLO_ONE).get(advisorLocation).then().statusCode(403);
        Api.as(Persona.COORDINATOR).get("/api/v1/tactical-advisors/" + UUID.randomUUID()).then().statusCode(404);
        Api.as(Persona.COORDINATOR).get("/api/v1/tactical-advisors/shifts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void rejectsShiftEndingBeforeItStartsOrLongerThanADay() {
        String advisor = Api.advisor();
        Instant week = Api.freshRotaWeek();
        Api.as(Persona.COORDINATOR).body(Map.of("advisorId", advisor, "start", at(week, 5).toString(), "end", week.toString()))
                .post("/api/v1/tactical-advisors/shifts")
                .then().statusCode(400).body("errors[0].field", equalTo("end"));
        Api.as(Persona.COORDINATOR).body(Map.of("advisorId", advisor, "start", week.toString(),
                        "end", at(week, 24).plusSeconds(1).toString()))
                .post("/api/v1/tactical-advisors/shifts")
                .then().statusCode(400).body("errors[0].message", equalTo("a shift lasts at most 24 hours"));
        Api.as(Persona.COORDINATOR).body(Map.of("advisorId", advisor, "start", week.toString(), "end", at(week, 24).toString()))
                .post("/api/v1/tactical-advisors/shifts").then().statusCode(201);
    }

    @Test
    void rejectsShiftOfAnUnknownAdvisor() {
        Instant week = Api.freshRotaWeek();
        Api.as(Persona.COORDINATOR).body(Map.of("advisorId", UUID.randomUUID().toString(), "start", week.toString(),
                        "end", at(week, 1).toString()))
                .post("/api/v1/tactical-advisors/shifts").then().statusCode(400).body("errors[0].field", equalTo("advisorId"));
    }

    @Test
    void answersWhoIsOnCallAtAnInstantWithEndExclusive() {
        String advisor = Api.advisor();
        Instant week = Api.freshRotaWeek();
        Api.shift(advisor, week, at(week, 8));
        Api.as(Persona.VLO_ONE).queryParam("at", at(week, 3).toString()).get("/api/v1/tactical-advisors/on-call")
                .then().statusCode(200).body("advisors.advisorId", contains(advisor))
                .body("advisors[0].until", equalTo(at(week, 8).toString()));
        Api.as(Persona.VLO_ONE).queryParam("at", at(week, 8).toString()).get("/api/v1/tactical-advisors/on-call")
                .then().statusCode(200).body("advisors", empty());
    }

    @Test
    void coverageMergesOverlappingShiftsAndReturnsExactGaps() {
        String one = Api.advisor();
        String two = Api.advisor();
        Instant week = Api.freshRotaWeek();
        Api.shift(one, week, at(week, 10));
        Api.shift(two, at(week, 8), at(week, 16));
        Api.shift(one, at(week, 16), at(week, 20));
        Api.as(Persona.TACTICAL_ADVISOR).queryParam("from", at(week, 2).toString()).queryParam("to", at(week, 24).toString())
                .get("/api/v1/tactical-advisors/coverage")
                .then().statusCode(200)
                .body("covered", equalTo(false))
                .body("gaps.from", contains(at(week, 20).toString()))
                .body("gaps.to", contains(at(week, 24).toString()));
        Api.as(Persona.TACTICAL_ADVISOR).queryParam("from", at(week, 2).toString()).queryParam("to", at(week, 20).toString())
                .get("/api/v1/tactical-advisors/coverage")
                .then().statusCode(200).body("covered", equalTo(true)).body("gaps", empty());
    }

    @Test
    void coverageRejectsMissingOrInvertedWindow() {
        Instant week = Api.freshRotaWeek();
        Api.as(Persona.COORDINATOR).queryParam("from", week.toString()).get("/api/v1/tactical-advisors/coverage")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(Persona.COORDINATOR).queryParam("from", week.toString()).queryParam("to", week.toString())
                .get("/api/v1/tactical-advisors/coverage").then().statusCode(400);
        Api.as(Persona.COORDINATOR).queryParam("from", "yesterday").queryParam("to", week.toString())
                .get("/api/v1/tactical-advisors/coverage").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void liaisonOfficersFindOnCallButNeitherReadCoverageNorManageTheRota() {
        Instant week = Api.freshRotaWeek();
        Api.as(Persona.VLO_ONE).queryParam("from", week.toString()).queryParam("to", at(week, 1).toString())
                .get("/api/v1/tactical-advisors/coverage").then().statusCode(403);
        Api.as(Persona.VLO_ONE).body(Map.of("username", "x", "name", "x", "phone", "+447700900001"))
                .post("/api/v1/tactical-advisors").then().statusCode(403);
        Api.as(Persona.TACTICAL_ADVISOR).body(Map.of("username", "x", "name", "x", "phone", "+447700900001"))
                .post("/api/v1/tactical-advisors").then().statusCode(403);
    }

    @Test
    void otherAgenciesMayNotUseTheRota() {
        Api.as(Persona.CHARITY_HOTLINE).get("/api/v1/tactical-advisors/on-call").then().statusCode(403);
        Api.as(Persona.HOUSING_OFFICER).get("/api/v1/tactical-advisors/on-call").then().statusCode(403);
    }

    @Test
    void rejectsAUsernameAlreadyOnTheRota() {
        Map<String, String> body = Map.of("username", "ta." + Api.randomWord(), "name", "Advisor", "phone", "+447700900002");
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/tactical-advisors").then().statusCode(201);
        Api.as(Persona.COORDINATOR).body(body).post("/api/v1/tactical-advisors").then().statusCode(409)
                .body("code", equalTo("USERNAME_ON_ROTA"));
    }
}
