package org.mscu.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.PolicyWalker;

@QuarkusTest
class PolicyWalkerTest {

    private final PolicyWalker walker = PolicyWalker.fromClasspath();

    @Test
    void listsEveryRuleActionAndPersonaItGrants() {
        assertThat(walker.grants()).extracting(walk -> walk.rule().name() + "/" + walk.action() + "/" + walk.persona())
                .contains("coordinator-works-samples/create/COORDINATOR", "referrer-own-samples/read/DWP_REFERRER",
                        "partner-shared-summary/read/LA_CASE_SYSTEM", "auditor-reads-audit-log/verify/AUDITOR")
                .noneMatch(walk -> walk.endsWith("IMMIGRATION_OFFICER") || walk.endsWith("IMMIGRATION_SYSTEM"));
        assertThat(walker.rulesWithoutPersona()).isEmpty();
    }

    @Test
    void listsPersonasNoRuleLetsIn() {
        assertThat(walker.personasWithoutRule()).contains(Persona.HOUSING_OFFICER, Persona.IMMIGRATION_OFFICER,
                Persona.VLO_ONE).doesNotContain(Persona.COORDINATOR, Persona.AUDITOR, Persona.REGISTRAR);
    }

    @Test
    void everyPersonaTheWalkRefusesGetsForbiddenOnCreate() {
        assertThat(walker.refused("sample", "create")).isNotEmpty();
        for (Persona persona : walker.refused("sample", "create")) {
            Samples.as(persona).contentType(ContentType.JSON).body(Samples.body())
                    .when().post("/api/v1/samples").then().statusCode(equalTo(403));
        }
    }

    @Test
    void everyPersonaTheWalkPermitsMayCreate() {
        for (Persona persona : walker.permitted("sample", "create")) {
            Samples.as(persona).contentType(ContentType.JSON).body(Samples.body())
                    .when().post("/api/v1/samples").then().statusCode(not(equalTo(403)));
        }
    }
}
