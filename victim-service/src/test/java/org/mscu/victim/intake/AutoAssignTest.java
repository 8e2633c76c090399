package org.mscu.victim.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscu.platform.testing.Persona;
import org.mscu.victim.support.Api;
import org.mscu.victim.support.Intake;

/** With mscu.victims.liaison.auto-assign=true the best officer with room is assigned at intake, no confirmation. */
@QuarkusTest
@TestProfile(AutoAssignTest.AutoAssign.class)
class AutoAssignTest {

    public static class AutoAssign implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mscu.victims.liaison.auto-assign", "true");
        }
    }

    @Test
    void theBestOfficerWithRoomIsAssignedAtOnce() {
        String language = Api.rareLanguage();
        String district = "District " + Api.randomWord();
        String full = Api.officer().with("languages", List.of(language)).with("districts", List.of(district))
                .with("specialisms", List.of("LABOUR")).with("maxCaseload", 1).create();
        Api.assign(Api.victim().create(), full);
        String best = Api.officer().with("languages", List.of(language)).with("districts", List.of(district)).create();
        Intake.Referral referral = Intake.referral().person("languages", List.of(language)).district(district).serve();

        Intake.deliver(referral.acceptedEvent());

        String victim = Api.as(Persona.COORDINATOR).queryParam("referralId", referral.id().toString()).get("/api/v1/victims")
                .then().statusCode(200).extract().path("items[0].id");
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison").then().statusCode(200)
                .body("officerId", equalTo(best))
                .body("assignedBy", equalTo("referral.accepted"));
        Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/liaison-proposal").then().statusCode(200)
                .body("status", equalTo("AUTO_ASSIGNED"))
                .body("officerId", equalTo(best));
        List<String> kinds = Api.as(Persona.COORDINATOR).get("/api/v1/victims/" + victim + "/timeline").then().statusCode(200)
                .extract().path("items.kind");
        assertThat(kinds).containsExactly("VICTIM_RECORDED", "LIAISON_ASSIGNED");
    }
}
