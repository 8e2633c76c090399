package org.mscu.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mscu.platform.sample.Samples.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.platform.sample.Samples;
import org.mscu.platform.sample.Database;
import org.mscu.platform.testing.LogCapture;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

@QuarkusTest
class ProblemTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse post(Object body) {
        return as(Persona.COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/samples").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM).body("status", equalTo(status))
                .body("title", notNullValue())
                .body(not(containsString("Exception"))).body(not(containsString("org.mscu")))
                .body(not(containsString("SELECT"))).body(not(containsString("\tat ")));
    }

    @Test
    void listsEveryInvalidFieldOfTheBody() {
        Map<String, Object> body = Samples.body();
        body.put("name", "");
        body.put("owner", Map.of("phone", " "));
        problem(post(body), 400).body("type", equalTo("https://mscu.dev/problems/validation-failed"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("owner.phone"));
    }

    @Test
    void rejectsUnknownPropertyNamingIt() {
        Map<String, Object> body = Samples.body();
        body.put("agency", "gmp");
        problem(post(body), 400).body("errors[0].field", equalTo("agency"))
                .body("errors[0].message", equalTo("unknown property"));
    }

    @Test
    void rejectsMalformedJson() {
        problem(post("{\"name\": "), 400).body("errors[0].message", equalTo("malformed JSON"));
    }

    @Test
    void rejectsBadEnumValueNamingTheFieldAndTheChoices() {
        Map<String, Object> body = Samples.body();
        body.put("kind", "PURPLE");
        problem(post(body), 400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("STANDARD"));
    }

    @Test
    void rejectsWrongTypeNamingTheField() {
        Map<String, Object> body = Samples.body();
        body.put("owner", "not an object");
        problem(post(body), 400).body("errors[0].field", equalTo("owner"));
    }

    @Test
    void rejectsTheNulCharacterInABodyStringNamingTheFieldAndStoresNothing() throws Exception {
        Map<String, Object> body = Samples.body();
        String name = "nul " + UUID.randomUUID() + "\u0000";
        body.put("name", name);
        problem(post(body), 400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain the NUL character"));
        assertThat(Database.scalar("SELECT count(*) FROM sample WHERE name LIKE ?", name.substring(0, 40) + "%")).isEqualTo("0");
    }

    @Test
    void rejectsTheNulCharacterInAQueryParameterNamingIt() {
        problem(as(Persona.COORDINATOR).queryParam("cursor", "a\u0000b").when().get("/api/v1/samples").then(), 400)
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("must not contain the NUL character"));
    }

    @Test
    void rejectsInvalidQueryParameterNamingIt() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/probes/bounded?size=99").then(), 400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void answersUnauthorizedWithBearerChallenge() {
        problem(given().when().get("/api/v1/samples/" + UUID.randomUUID()).then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void answersUnauthorizedForExpiredToken() {
        problem(given().header("Authorization", TestTokens.as(Persona.COORDINATOR).audience(Samples.AUDIENCE)
                        .issuedAt(java.time.Instant.now().minusSeconds(3600)).lifetime(java.time.Duration.ofMinutes(1))
                        .bearer())
                .when().get("/api/v1/samples/" + UUID.randomUUID()).then(), 401);
    }

    @Test
    void answersForbiddenForRoleWithoutFunction() {
        problem(as(Persona.HOUSING_OFFICER).when().get("/api/v1/samples/" + UUID.randomUUID()).then(), 403);
    }

    @Test
    void answersNotFoundForMissingRecord() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/samples/" + UUID.randomUUID()).then(), 404);
    }

    @Test
    void answersNotFoundForUnknownApiPath() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void answersNotFoundForUnknownPathOutsideTheApi() {
        problem(given().when().get("/nothing-here").then(), 404);
    }

    @Test
    void answersNotFoundForMalformedPathParameter() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/samples/not-a-uuid").then(), 404);
    }

    @Test
    void answersMethodNotAllowed() {
        problem(as(Persona.COORDINATOR).when().delete("/api/v1/samples").then(), 405);
    }

    @Test
    void answersNotAcceptableWhenJsonIsRefused() {
        problem(as(Persona.COORDINATOR).accept("text/csv").when().get("/api/v1/samples").then(), 406);
    }

    @Test
    void answersConflictWithCode() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/probes/conflict").then(), 409)
                .body("code", equalTo("SAMPLE_CONFLICT")).body("type", equalTo("https://mscu.dev/problems/sample-conflict"));
    }

    @Test
    void answersUnsupportedMediaTypeForWrongContentType() {
        problem(as(Persona.COORDINATOR).contentType(ContentType.TEXT).body("name=x")
                .when().post("/api/v1/samples").then(), 415);
    }

    @Test
    void answersUnprocessableWithCode() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/probes/unprocessable").then(), 422)
                .body("code", equalTo("SAMPLE_UNPROCESSABLE"));
    }

    @Test
    void hidesInternalErrorsBehindGenericProblem() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/probes/crash").then(), 500)
                .body("detail", containsString("trace id")).body("traceId", notNullValue());
    }

    @Test
    void hidesSqlErrorsBehindGenericProblemAndKeepsTheirValuesOutOfTheLog() {
        try (LogCapture log = LogCapture.of(ProblemMappers.class)) {
            problem(as(Persona.COORDINATOR).when().get("/api/v1/probes/sql-crash").then(), 500)
                    .body(not(containsString("no_such_table"))).body(not(containsString("secret_column")));
            assertThat(log.messages()).isNotEmpty()
                    .allSatisfy(message -> assertThat(message).contains("SQLState").doesNotContain("secret_column"));
            assertThat(log.records()).allSatisfy(record -> assertThat(record.getThrown()).isNull());
        }
    }

    @Test
    void answersAValueTheDatabaseCannotHoldAsABadRequestWithoutItsValue() {
        problem(as(Persona.COORDINATOR).when().get("/api/v1/probes/out-of-range").then(), 400)
                .body("code", equalTo("VALUE_OUT_OF_RANGE")).body(not(containsString("999999999")));
    }
}
