package org.mscu.platform.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.testing.LogCapture;
import org.mscu.platform.testing.Persona;

@QuarkusTest
class AccessTest {

    @Test
    void answersUnauthorizedWithoutToken() {
        given().when().get("/api/v1/samples/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void forbidsRoleWithoutRuleBeforeReadingTheBody() {
        as(Persona.AUDITOR).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/samples")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void forbidsDeniedAgencyWhateverItsRoles() {
        String id = Samples.create(Persona.COORDINATOR, "immigration-enforcement");
        as(Persona.IMMIGRATION_OFFICER).when().get("/api/v1/samples/" + id)
                .then().statusCode(403);
    }

    @Test
    void hidesRecordOfAnotherAgencyAsNotFound() {
        String id = Samples.create(Persona.COORDINATOR, null);
        String missing = as(Persona.DWP_REFERRER).when().get("/api/v1/samples/" + UUID.randomUUID())
                .then().statusCode(404).extract().asString();
        String hidden = as(Persona.DWP_REFERRER).when().get("/api/v1/samples/" + id)
                .then().statusCode(404).extract().asString();
        assertThat(withoutRequestDetails(hidden)).isEqualTo(withoutRequestDetails(missing));
    }

    @Test
    void showsOwnRecordWhole() {
        String id = Samples.create(Persona.DWP_REFERRER, null);
        as(Persona.DWP_REFERRER).when().get("/api/v1/samples/" + id)
                .then().statusCode(200)
                .body("secret", equalTo("fictional secret"))
                .body("owner.phone", equalTo("+447700900001"))
                .body("contacts[0].phone", equalTo("+447700900001"));
    }

    @Test
    void redactsSharedRecordToItsFieldSet() {
        String id = Samples.create(Persona.COORDINATOR, "dwp");
        as(Persona.DWP_REFERRER).when().get("/api/v1/samples/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Sample one"))
                .body("$", not(hasKey("secret")))
                .body("owner", not(hasKey("phone")))
                .body("contacts[0]", not(hasKey("phone")))
                .body("contacts[1].label", equalTo("other"));
    }

    @Test
    void deniesMethodWithoutAccessAnnotationToEveryoneAndLogsIt() {
        try (LogCapture log = LogCapture.of(AccessFilter.class)) {
            as(Persona.COORDINATOR).when().get("/api/v1/samples/forgotten")
                    .then().statusCode(403).contentType("application/problem+json").body("code", nullValue());
            assertThat(log.messages()).anySatisfy(message -> assertThat(message)
                    .contains("SampleResource.forgotten", "no @Access"));
        }
    }

    @Test
    void stillAsksForATokenOnMethodWithoutAccessAnnotation() {
        given().when().get("/api/v1/samples/forgotten").then().statusCode(401);
    }

    private static String withoutRequestDetails(String problem) {
        return problem.replaceAll("\"(instance|traceId)\":\"[^\"]*\"", "");
    }
}
